export { startEmulator, type Emulator, type RequestLogEntry } from './server.js';
export type { EmulatorOptions, FaultOptions, RateLimitOptions, RateLimit } from './options.js';
export { State, type Actor } from './state.js';
export { DEMO_APP_ID, DEMO_APP_SECRET, DEMO_BOT_OPEN_ID } from './seed.js';
export { HANDLERS } from './handlers/index.js';
export { NOT_EMULATED_CODE } from './errors.js';
export { loadModel } from './model.js';
export { CARD_TOKEN_TTL_MS, CARD_TOKEN_USES, SEED_TEMPLATES, mintCardToken, usableCardToken, type CardTemplateRec, type CardTokenRec } from './cards.js';
