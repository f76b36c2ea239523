export { decodeFrame, encodeFrame, frameHeader, FrameDecodeError, FrameHeaderKey, FrameMethod, FrameType, type Frame, type FrameHeader } from './frame.js';
export { decryptPayload, DecryptError, encryptPayload, signPayload, SIGNATURE_HEADERS } from './crypto.js';
