export { decryptEvent, encryptEvent, signEvent, verifyEventSignature, EventDecryptError } from './crypto.js';
export { decodeFrame, encodeFrame, frameHeader, withFrameHeader, FrameDecodeError, FrameMethod, FrameType, FrameHeaderKey, type Frame, type FrameHeader } from './frame.js';
