// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/interactive/resources/card.yaml

import { defineMethod } from '../../../core/method.js';
import { interactiveCardUpdateDescriptor } from '../descriptors/interactive.card.update.js';

/** `interactive.card.update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(interactiveCardUpdateDescriptor);
