/** Message cards: the validator over the generated schemas, the text renderer and the Card 2.0 types. */
export { cardKindOf, formatCardProblem, validateCard, type CardKind, type CardProblem, type CardValidation } from './validate.js';
export { cardFlagsGiven, checkedCard, looksLikeCard, planCard, type CardFlags } from './compose.js';
export { cardPersonIds, renderCard, type CardRenderOptions } from './render.js';
/** How both card renderers (text here, HTML in the emulator's console) read card JSON. */
export * as cardReading from './read.js';
export type { CardSchema } from './schema.js';
export type * from '../generated/card-types.js';
