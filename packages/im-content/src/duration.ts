/**
 * Durations of uploaded audio and video. The file upload takes `duration` (ms) for .opus and
 * .mp4 files so the chat can show the length before playing; both containers keep it in a
 * header that can be read from the bytes without a media library.
 */
import type { FileType } from './content.js';

/**
 * Duration in ms of an MP4 (ISO BMFF) file: `moov/mvhd` duration ÷ timescale, falling back to
 * `moov/mvex/mehd` for fragmented files. Undefined when the header is missing or unknown.
 */
export function mp4DurationMs(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const moov = findBox(view, 0, view.byteLength, 'moov');
  if (!moov) return undefined;
  const mvhd = findBox(view, moov.body, moov.end, 'mvhd');
  if (!mvhd) return undefined;
  const version = view.getUint8(mvhd.body);
  let timescale: number;
  let duration: number;
  if (version === 1) {
    if (mvhd.body + 32 > mvhd.end) return undefined;
    timescale = view.getUint32(mvhd.body + 20);
    duration = Number(view.getBigUint64(mvhd.body + 24));
    if (duration === Number(0xffffffffffffffffn)) duration = 0;
  } else {
    if (mvhd.body + 20 > mvhd.end) return undefined;
    timescale = view.getUint32(mvhd.body + 12);
    duration = view.getUint32(mvhd.body + 16);
    if (duration === 0xffffffff) duration = 0;
  }
  if (duration === 0) {
    const mvex = findBox(view, moov.body, moov.end, 'mvex');
    const mehd = mvex && findBox(view, mvex.body, mvex.end, 'mehd');
    if (mehd) {
      const v = view.getUint8(mehd.body);
      if (v === 1 && mehd.body + 12 <= mehd.end) duration = Number(view.getBigUint64(mehd.body + 4));
      else if (v === 0 && mehd.body + 8 <= mehd.end) duration = view.getUint32(mehd.body + 4);
    }
  }
  if (!timescale || !duration) return undefined;
  return Math.round((duration * 1000) / timescale);
}

interface Box {
  /** Offset of the box's payload. */
  readonly body: number;
  /** Offset just past the box. */
  readonly end: number;
}

/** The first box of `type` among the boxes laid out in [from, to). */
function findBox(view: DataView, from: number, to: number, type: string): Box | undefined {
  let pos = from;
  while (pos + 8 <= to) {
    let size = view.getUint32(pos);
    const name = String.fromCharCode(view.getUint8(pos + 4), view.getUint8(pos + 5), view.getUint8(pos + 6), view.getUint8(pos + 7));
    let header = 8;
    if (size === 1) {
      if (pos + 16 > to) return undefined;
      size = Number(view.getBigUint64(pos + 8));
      header = 16;
    } else if (size === 0) size = to - pos;
    if (size < header || pos + size > to) return undefined;
    if (name === type) return { body: pos + header, end: pos + size };
    pos += size;
  }
  return undefined;
}

/**
 * Duration in ms of an Ogg Opus file: the last page's granule position minus the pre-skip from
 * the OpusHead packet, at 48 kHz. Undefined when the file is not Ogg Opus or has no end position.
 */
export function opusDurationMs(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  let serial: number | undefined;
  let preSkip = 0;
  let last: bigint | undefined;
  while (pos + 27 <= view.byteLength) {
    if (view.getUint32(pos) !== 0x4f676753) return undefined; // "OggS"
    const granule = view.getBigInt64(pos + 6, true);
    const pageSerial = view.getUint32(pos + 14, true);
    const segments = view.getUint8(pos + 26);
    if (pos + 27 + segments > view.byteLength) break;
    let bodySize = 0;
    for (let i = 0; i < segments; i++) bodySize += view.getUint8(pos + 27 + i);
    const body = pos + 27 + segments;
    if (body + bodySize > view.byteLength) break;
    if (serial === undefined) {
      // The first page of the stream carries OpusHead: magic(8) version(1) channels(1) pre_skip(2, LE).
      if (bodySize < 19 || ascii(view, body, 8) !== 'OpusHead') return undefined;
      serial = pageSerial;
      preSkip = view.getUint16(body + 10, true);
    } else if (pageSerial === serial && granule >= 0n) {
      last = granule;
    }
    pos = body + bodySize;
  }
  if (last === undefined) return undefined;
  const samples = Number(last) - preSkip;
  return samples > 0 ? Math.round(samples / 48) : undefined;
}

function ascii(view: DataView, at: number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(view.getUint8(at + i));
  return s;
}

/** The duration to send with an upload of `fileType`, when it can be read; otherwise undefined. */
export function uploadDurationMs(fileType: FileType | undefined, bytes: Uint8Array): number | undefined {
  if (fileType === 'mp4') return mp4DurationMs(bytes);
  if (fileType === 'opus') return opusDurationMs(bytes);
  return undefined;
}
