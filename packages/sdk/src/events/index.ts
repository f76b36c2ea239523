/**
 * `@larkgen/sdk/events`: receiving events and card callbacks without dependencies — encryption
 * and signatures of the platform's deliveries.
 */
export { decryptEvent, encryptEvent, signEvent, verifyEventSignature, EventDecryptError } from './crypto.js';
