import Long from 'long';
import protobuf from 'protobufjs/light.js';

// protobufjs finds `long` by a dynamic require that ESM loaders miss; without it 64-bit ids lose
// precision, so hand it over explicitly.
protobuf.util.Long = Long;
protobuf.configure();

/**
 * The long connection's binary frame (protobuf package `pbbp2`), as the platform and its
 * official SDKs exchange it: every WebSocket message is one `Frame`.
 */
export interface FrameHeader {
  readonly key: string;
  readonly value: string;
}

export interface Frame {
  readonly SeqID: bigint;
  readonly LogID: bigint;
  /** The service id the endpoint handed out (query `service_id` of the connect URL). */
  readonly service: number;
  /** 0 control (ping/pong), 1 data (events, card callbacks). */
  readonly method: number;
  readonly headers: readonly FrameHeader[];
  readonly payloadEncoding?: string;
  readonly payloadType?: string;
  readonly payload?: Uint8Array;
  readonly LogIDNew?: string;
}

export const FrameMethod = { control: 0, data: 1 } as const;

/** Values of the `type` header. */
export const FrameType = { event: 'event', card: 'card', ping: 'ping', pong: 'pong' } as const;

/** Header keys the platform uses. */
export const FrameHeaderKey = {
  type: 'type',
  messageId: 'message_id',
  sum: 'sum',
  seq: 'seq',
  traceId: 'trace_id',
  timestamp: 'timestamp',
  bizRt: 'biz_rt',
} as const;

// proto2 with required fields, so the zero values of SeqID/LogID/service/method are always on the
// wire: the official SDKs' decoders refuse a frame without them.
const root = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: {
          fields: {
            key: { rule: 'required', type: 'string', id: 1 },
            value: { rule: 'required', type: 'string', id: 2 },
          },
        },
        Frame: {
          fields: {
            SeqID: { rule: 'required', type: 'uint64', id: 1 },
            LogID: { rule: 'required', type: 'uint64', id: 2 },
            service: { rule: 'required', type: 'int32', id: 3 },
            method: { rule: 'required', type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
});
const FrameType_ = root.lookupType('pbbp2.Frame');

function toLong(v: bigint): unknown {
  return Long.fromString(v.toString(), true);
}

/** Protobuf bytes of one frame. */
export function encodeFrame(f: Frame): Uint8Array {
  const msg: Record<string, unknown> = {
    SeqID: toLong(f.SeqID),
    LogID: toLong(f.LogID),
    service: f.service,
    method: f.method,
    headers: f.headers.map((h) => ({ key: h.key, value: h.value })),
  };
  if (f.payloadEncoding !== undefined) msg.payloadEncoding = f.payloadEncoding;
  if (f.payloadType !== undefined) msg.payloadType = f.payloadType;
  if (f.payload !== undefined) msg.payload = f.payload;
  if (f.LogIDNew !== undefined) msg.LogIDNew = f.LogIDNew;
  return FrameType_.encode(FrameType_.fromObject(msg)).finish();
}

export class FrameDecodeError extends Error {
  override readonly name = 'FrameDecodeError';
}

/** One frame from protobuf bytes; throws FrameDecodeError on bytes that are not a frame. */
export function decodeFrame(bytes: Uint8Array): Frame {
  let raw: Record<string, unknown>;
  try {
    raw = FrameType_.toObject(FrameType_.decode(bytes), { longs: String, arrays: true }) as Record<string, unknown>;
  } catch (e) {
    throw new FrameDecodeError(`not a long-connection frame: ${(e as Error).message}`);
  }
  const out: { -readonly [K in keyof Frame]: Frame[K] } = {
    SeqID: BigInt(raw.SeqID as string),
    LogID: BigInt(raw.LogID as string),
    service: raw.service as number,
    method: raw.method as number,
    headers: (raw.headers as FrameHeader[]).map((h) => ({ key: h.key, value: h.value })),
  };
  if (raw.payloadEncoding !== undefined) out.payloadEncoding = raw.payloadEncoding as string;
  if (raw.payloadType !== undefined) out.payloadType = raw.payloadType as string;
  if (raw.payload !== undefined) {
    const p = raw.payload as Uint8Array;
    out.payload = new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
  }
  if (raw.LogIDNew !== undefined) out.LogIDNew = raw.LogIDNew as string;
  return out;
}

/** The value of header `key`, if present. */
export function frameHeader(f: Frame, key: string): string | undefined {
  return f.headers.find((h) => h.key === key)?.value;
}
