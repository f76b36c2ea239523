/**
 * `@larkgen/sdk/events`: receiving events and card callbacks, without dependencies — the typed
 * dispatcher, the webhook endpoint (fetch-style, plus a `node:http` adapter), and the platform's
 * encryption and signatures. The long connection is `@larkgen/sdk/ws`.
 */
export { decryptEvent, encryptEvent, signEvent, verifyEventSignature, EventDecryptError } from './crypto.js';
export { readEnvelope, EventEnvelopeError, type EventEnvelope, type EventHeader } from './envelope.js';
export { EventDispatcher, UnknownEventKeyError, type DispatchResult, type EventContext, type EventDispatcherOptions, type EventHandler } from './dispatcher.js';
export { createWebhookHandler, type WebhookOptions, type WebhookReport } from './webhook.js';
export { toNodeListener, type NodeListenerOptions } from './node-http.js';
export { eventKinds } from '../generated/events.js';
export type * from '../generated/events.js';
