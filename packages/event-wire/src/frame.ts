/**
 * The long connection's wire unit: every WebSocket message is one protobuf `Frame` (package
 * `pbbp2`). Fields: 1 SeqID uint64, 2 LogID uint64, 3 service int32, 4 method int32,
 * 5 headers (repeated Header{1 key, 2 value}), 6 payload_encoding, 7 payload_type, 8 payload bytes,
 * 9 LogIDNew. Fields 1–4 are proto2 `required`, so they are always written, even when zero.
 */
import { BinaryReader, BinaryWriter, WireType } from '@bufbuild/protobuf/wire';

export interface FrameHeader {
  readonly key: string;
  readonly value: string;
}

export interface Frame {
  readonly seqId: bigint;
  readonly logId: bigint;
  readonly service: number;
  /** {@link FrameMethod}: 0 control (ping/pong), 1 data (events, callbacks). */
  readonly method: number;
  /** In wire order; keys repeat rarely, {@link frameHeader} reads the first. */
  readonly headers: readonly FrameHeader[];
  readonly payloadEncoding?: string;
  readonly payloadType?: string;
  readonly payload?: Uint8Array;
  readonly logIdNew?: string;
}

export const FrameMethod = { control: 0, data: 1 } as const;

/** Values of the `type` header. */
export const FrameType = { event: 'event', card: 'card', ping: 'ping', pong: 'pong' } as const;

/** Header keys the protocol uses. */
export const FrameHeaderKey = {
  type: 'type',
  messageId: 'message_id',
  sum: 'sum',
  seq: 'seq',
  traceId: 'trace_id',
  timestamp: 'timestamp',
  /** Handling time in ms, added to an ACK. */
  handlingMs: 'biz_rt',
} as const;

/** A frame that does not decode; the connection should drop it, not crash. */
export class FrameDecodeError extends Error {
  override readonly name = 'FrameDecodeError';
}

export function encodeFrame(frame: Frame): Uint8Array {
  const w = new BinaryWriter();
  w.tag(1, WireType.Varint).uint64(frame.seqId);
  w.tag(2, WireType.Varint).uint64(frame.logId);
  w.tag(3, WireType.Varint).int32(frame.service);
  w.tag(4, WireType.Varint).int32(frame.method);
  for (const h of frame.headers) {
    w.tag(5, WireType.LengthDelimited).fork();
    w.tag(1, WireType.LengthDelimited).string(h.key);
    w.tag(2, WireType.LengthDelimited).string(h.value);
    w.join();
  }
  if (frame.payloadEncoding !== undefined) w.tag(6, WireType.LengthDelimited).string(frame.payloadEncoding);
  if (frame.payloadType !== undefined) w.tag(7, WireType.LengthDelimited).string(frame.payloadType);
  if (frame.payload !== undefined) w.tag(8, WireType.LengthDelimited).bytes(frame.payload);
  if (frame.logIdNew !== undefined) w.tag(9, WireType.LengthDelimited).string(frame.logIdNew);
  return w.finish();
}

export function decodeFrame(bytes: Uint8Array): Frame {
  try {
    return readFrame(new BinaryReader(bytes));
  } catch (e) {
    if (e instanceof FrameDecodeError) throw e;
    throw new FrameDecodeError(`not a protocol frame: ${(e as Error).message}`);
  }
}

function readFrame(r: BinaryReader): Frame {
  let seqId: bigint | undefined;
  let logId: bigint | undefined;
  let service: number | undefined;
  let method: number | undefined;
  const headers: FrameHeader[] = [];
  const optional: { payloadEncoding?: string; payloadType?: string; payload?: Uint8Array; logIdNew?: string } = {};
  while (r.pos < r.len) {
    const [field, wire] = r.tag();
    switch (field) {
      case 1: seqId = BigInt(r.uint64()); break;
      case 2: logId = BigInt(r.uint64()); break;
      case 3: service = r.int32(); break;
      case 4: method = r.int32(); break;
      case 5: headers.push(readHeader(new BinaryReader(r.bytes()))); break;
      case 6: optional.payloadEncoding = r.string(); break;
      case 7: optional.payloadType = r.string(); break;
      case 8: optional.payload = r.bytes(); break;
      case 9: optional.logIdNew = r.string(); break;
      default: r.skip(wire, field);
    }
  }
  if (seqId === undefined || logId === undefined || service === undefined || method === undefined) {
    throw new FrameDecodeError('a frame must carry SeqID, LogID, service and method');
  }
  return { seqId, logId, service, method, headers, ...optional };
}

function readHeader(r: BinaryReader): FrameHeader {
  let key: string | undefined;
  let value: string | undefined;
  while (r.pos < r.len) {
    const [field, wire] = r.tag();
    if (field === 1) key = r.string();
    else if (field === 2) value = r.string();
    else r.skip(wire, field);
  }
  if (key === undefined || value === undefined) throw new FrameDecodeError('a frame header must carry a key and a value');
  return { key, value };
}

/** The first value of a header, or undefined. */
export function frameHeader(frame: Frame, key: string): string | undefined {
  return frame.headers.find((h) => h.key === key)?.value;
}

/** The frame with `key` set to `value` (replacing an existing entry, else appended). */
export function withFrameHeader(frame: Frame, key: string, value: string): Frame {
  const at = frame.headers.findIndex((h) => h.key === key);
  const headers = at < 0 ? [...frame.headers, { key, value }] : frame.headers.map((h, i) => (i === at ? { key, value } : h));
  return { ...frame, headers };
}
