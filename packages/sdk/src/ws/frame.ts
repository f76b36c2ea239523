// The one implementation lives in @larkgen/event-wire, shared with the emulator's sending side (the
// emulator cannot depend on the SDK: the SDK's tests depend on the emulator). Bundled into dist/ws.js.
export { decodeFrame, encodeFrame, frameHeader, withFrameHeader, FrameDecodeError, FrameMethod, FrameType, FrameHeaderKey, type Frame, type FrameHeader } from '@larkgen/event-wire/frame';
