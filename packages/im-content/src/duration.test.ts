import { describe, expect, it } from 'vitest';
import { mp4DurationMs, opusDurationMs, uploadDurationMs } from './duration.js';

/** An ISO BMFF box: 32-bit size, 4-char type, payload. */
function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const body = concat(...payload);
  const out = new Uint8Array(8 + body.length);
  new DataView(out.buffer).setUint32(0, out.length);
  out.set([...type].map((c) => c.charCodeAt(0)), 4);
  out.set(body, 8);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function mvhd(version: 0 | 1, timescale: number, duration: number): Uint8Array {
  const b = new Uint8Array(version === 1 ? 32 : 20);
  const v = new DataView(b.buffer);
  v.setUint8(0, version);
  if (version === 1) {
    v.setUint32(20, timescale);
    v.setBigUint64(24, BigInt(duration));
  } else {
    v.setUint32(12, timescale);
    v.setUint32(16, duration);
  }
  return box('mvhd', b);
}

function mehd(duration: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setUint32(4, duration);
  return box('mehd', b);
}

const ftyp = box('ftyp', new TextEncoder().encode('isom\0\0\0\0'));
const mdat = box('mdat', new Uint8Array(64));

describe('mp4DurationMs', () => {
  const cases: Array<[string, Uint8Array, number | undefined]> = [
    ['moov after mdat, version 0', concat(ftyp, mdat, box('moov', mvhd(0, 1000, 12_345))), 12_345],
    ['version 1 with a 90 kHz timescale', concat(ftyp, box('moov', mvhd(1, 90_000, 90_000 * 61))), 61_000],
    ['rounds to whole ms', concat(box('moov', mvhd(0, 600, 1001))), 1668],
    ['fragmented: duration from mvex/mehd', concat(ftyp, box('moov', mvhd(0, 1000, 0), box('mvex', mehd(7_000)))), 7_000],
    ['no moov', concat(ftyp, mdat), undefined],
    ['moov without mvhd', concat(box('moov', box('trak'))), undefined],
    ['zero timescale', concat(box('moov', mvhd(0, 0, 10))), undefined],
    ['unknown duration', concat(box('moov', mvhd(0, 1000, 0xffffffff))), undefined],
    ['truncated box', concat(ftyp, box('moov', mvhd(0, 1000, 5000))).slice(0, 40), undefined],
    ['not an mp4', new TextEncoder().encode('hello world, this is text'), undefined],
    ['empty', new Uint8Array(0), undefined],
  ];
  it.each(cases)('%s', (_name, bytes, expected) => {
    expect(mp4DurationMs(bytes)).toBe(expected);
  });
});

/** One Ogg page with a single packet (≤ 255 bytes). */
function oggPage(serial: number, granule: bigint, packet: Uint8Array): Uint8Array {
  const out = new Uint8Array(27 + 1 + packet.length);
  const v = new DataView(out.buffer);
  out.set([0x4f, 0x67, 0x67, 0x53]); // OggS
  v.setBigInt64(6, granule, true);
  v.setUint32(14, serial, true);
  v.setUint8(26, 1);
  v.setUint8(27, packet.length);
  out.set(packet, 28);
  return out;
}

function opusHead(preSkip: number): Uint8Array {
  const b = new Uint8Array(19);
  b.set(new TextEncoder().encode('OpusHead'));
  b[8] = 1;
  b[9] = 1;
  new DataView(b.buffer).setUint16(10, preSkip, true);
  return b;
}

describe('opusDurationMs', () => {
  const tags = new TextEncoder().encode('OpusTags');
  const audio = new Uint8Array(100);
  const cases: Array<[string, Uint8Array, number | undefined]> = [
    ['granule of the last page minus pre-skip', concat(oggPage(7, 0n, opusHead(312)), oggPage(7, 0n, tags), oggPage(7, 48_000n, audio), oggPage(7, 48_312n + 48_000n * 4n, audio)), 5_000],
    ['pages of another stream are ignored', concat(oggPage(7, 0n, opusHead(0)), oggPage(7, 96_000n, audio), oggPage(9, 999_999n, audio)), 2_000],
    ['a page without a finished packet (-1) is skipped', concat(oggPage(7, 0n, opusHead(0)), oggPage(7, 24_000n, audio), oggPage(7, -1n, audio)), 500],
    ['a truncated last page ends the scan', concat(oggPage(7, 0n, opusHead(0)), oggPage(7, 48_000n, audio), oggPage(7, 96_000n, audio).slice(0, 50)), 1_000],
    ['not Opus (Vorbis head)', concat(oggPage(7, 0n, new TextEncoder().encode('\u0001vorbis0000000000000')), oggPage(7, 48_000n, audio)), undefined],
    ['no audio pages', oggPage(7, 0n, opusHead(0)), undefined],
    ['not Ogg', new TextEncoder().encode('ID3 an mp3 file here..........'), undefined],
  ];
  it.each(cases)('%s', (_name, bytes, expected) => {
    expect(opusDurationMs(bytes)).toBe(expected);
  });
});

describe('uploadDurationMs', () => {
  it('picks the reader by file type', () => {
    expect(uploadDurationMs('mp4', concat(box('moov', mvhd(0, 1000, 2500))))).toBe(2500);
    expect(uploadDurationMs('opus', concat(oggPage(1, 0n, opusHead(0)), oggPage(1, 48_000n, new Uint8Array(4))))).toBe(1000);
    expect(uploadDurationMs('pdf', new Uint8Array(10))).toBeUndefined();
    expect(uploadDurationMs(undefined, new Uint8Array(10))).toBeUndefined();
  });
  it('works on a view into a larger buffer', () => {
    const inner = concat(box('moov', mvhd(0, 1000, 4200)));
    const big = concat(new Uint8Array(13), inner, new Uint8Array(5));
    expect(mp4DurationMs(big.subarray(13, 13 + inner.length))).toBe(4200);
  });
});
