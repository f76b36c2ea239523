import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import { decodeFrame, encodeFrame, FrameDecodeError, frameHeader, type Frame } from './frame.js';

const event: Frame = {
  SeqID: 7n,
  LogID: 18_446_744_073_709_551_615n,
  service: 42,
  method: 1,
  headers: [
    { key: 'type', value: 'event' },
    { key: 'message_id', value: 'm1' },
    { key: 'sum', value: '1' },
    { key: 'seq', value: '0' },
  ],
  payload: new TextEncoder().encode('{"schema":"2.0"}'),
};

describe('long-connection frames', () => {
  it.each([
    ['data frame with payload and a full-width LogID', event],
    ['ping with zero ids', { SeqID: 0n, LogID: 0n, service: 3, method: 0, headers: [{ key: 'type', value: 'ping' }] }],
    ['every optional field', { ...event, payloadEncoding: 'json', payloadType: 'event', LogIDNew: 'log-9' }],
  ] as const)('round-trips a %s', (_n, f) => {
    expect(decodeFrame(encodeFrame(f))).toEqual(f);
  });

  it('always writes the required fields, so a zero-valued ping is not empty bytes', () => {
    // Field tags 1..4 (varint) with value 0: 08 00 10 00 18 00 20 00.
    expect(Buffer.from(encodeFrame({ SeqID: 0n, LogID: 0n, service: 0, method: 0, headers: [] })).toString('hex')).toBe('0800100018002000');
  });

  it('reads headers by key', () => {
    expect(frameHeader(event, 'message_id')).toBe('m1');
    expect(frameHeader(event, 'biz_rt')).toBeUndefined();
  });

  it('refuses bytes that are not a frame', () => {
    expect(() => decodeFrame(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(FrameDecodeError);
    // A frame without its required method field.
    const w = protobuf.Writer.create();
    w.uint32(8).uint64(1).uint32(16).uint64(1).uint32(24).int32(1);
    expect(() => decodeFrame(w.finish())).toThrow(/missing required 'method'/);
  });
});
