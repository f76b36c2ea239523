/**
 * `@larkgen/sdk/ws`: the long connection. Needs the optional peer dependencies `ws` and
 * `@bufbuild/protobuf`; the rest of the SDK does not.
 */
export { decodeFrame, encodeFrame, frameHeader, withFrameHeader, FrameDecodeError, FrameMethod, FrameType, FrameHeaderKey, type Frame, type FrameHeader } from './frame.js';
export { FragmentBuffer } from './fragments.js';
export { LongConnectionClient, LongConnectionError, DEFAULT_CLIENT_CONFIG, type ClientConfig, type LongConnectionOptions } from './client.js';
