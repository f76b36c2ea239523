/**
 * `@larkgen/sdk/ws`: the long connection. Needs the optional peer dependencies `ws` and
 * `@bufbuild/protobuf`; the rest of the SDK does not.
 */
export { decodeFrame, encodeFrame, frameHeader, withFrameHeader, FrameDecodeError, FrameMethod, FrameType, FrameHeaderKey, type Frame, type FrameHeader } from './frame.js';
