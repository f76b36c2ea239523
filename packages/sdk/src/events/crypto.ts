// The one implementation lives in @larkgen/event-wire, shared with the emulator's sending side (the
// emulator cannot depend on the SDK: the SDK's tests depend on the emulator). Bundled into dist/events.js.
export { decryptEvent, encryptEvent, signEvent, verifyEventSignature, EventDecryptError } from '@larkgen/event-wire/crypto';
