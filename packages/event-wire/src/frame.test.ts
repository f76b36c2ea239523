import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, FrameDecodeError, frameHeader, withFrameHeader, type Frame } from './frame.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('long-connection frame codec', () => {
  it('writes the pbbp2 wire format field by field', () => {
    const frame: Frame = { seqId: 1n, logId: 2n, service: 3, method: 0, headers: [{ key: 'type', value: 'ping' }] };
    // 08 01 | 10 02 | 18 03 | 20 00 | 2a 0c { 0a 04 "type" 12 04 "ping" }
    expect(hex(encodeFrame(frame))).toBe('08011002180320002a0c0a0474797065120470696e67');
  });

  it('round-trips every field, 64-bit ids included', () => {
    const frame: Frame = {
      seqId: 18446744073709551615n, logId: 9007199254740993n, service: 42, method: 1,
      headers: [{ key: 'type', value: 'event' }, { key: 'message_id', value: 'm1' }, { key: 'sum', value: '2' }, { key: 'seq', value: '0' }],
      payloadEncoding: 'json', payloadType: 'json', payload: new TextEncoder().encode('{"a":"é"}'), logIdNew: 'log-1',
    };
    expect(decodeFrame(encodeFrame(frame))).toEqual(frame);
  });

  it('writes the required fields even when they are zero', () => {
    expect(decodeFrame(encodeFrame({ seqId: 0n, logId: 0n, service: 0, method: 0, headers: [] }))).toEqual({ seqId: 0n, logId: 0n, service: 0, method: 0, headers: [] });
  });

  it('skips fields it does not know', () => {
    const known = encodeFrame({ seqId: 5n, logId: 6n, service: 7, method: 1, headers: [] });
    const extra = Buffer.concat([Buffer.from(known), Buffer.from([0x52, 0x02, 0x68, 0x69])]); // field 10, "hi"
    expect(decodeFrame(extra).seqId).toBe(5n);
  });

  it.each([
    ['garbage', Uint8Array.from([0xff, 0xff, 0xff]), /^not a protocol frame/],
    ['missing required fields', Uint8Array.from([0x08, 0x01]), /must carry SeqID, LogID, service and method/],
    ['a header without a value', Uint8Array.from([0x08, 1, 0x10, 1, 0x18, 1, 0x20, 1, 0x2a, 0x03, 0x0a, 0x01, 0x61]), /header must carry a key and a value/],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => decodeFrame(bytes)).toThrow(FrameDecodeError);
    expect(() => decodeFrame(bytes)).toThrow(message);
  });

  it('reads and sets headers', () => {
    const f: Frame = { seqId: 1n, logId: 1n, service: 1, method: 1, headers: [{ key: 'type', value: 'event' }] };
    expect(frameHeader(f, 'type')).toBe('event');
    expect(frameHeader(f, 'sum')).toBeUndefined();
    expect(withFrameHeader(f, 'biz_rt', '3').headers).toEqual([{ key: 'type', value: 'event' }, { key: 'biz_rt', value: '3' }]);
    expect(withFrameHeader(f, 'type', 'card').headers).toEqual([{ key: 'type', value: 'card' }]);
  });
});
