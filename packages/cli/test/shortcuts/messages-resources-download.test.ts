/**
 * lark-cli im +messages-resources-download: uploads downloaded byte for byte (small, and large in
 * 8 MiB ranges), retries and no partial file, safe output paths, the request shape, its rules; and
 * the ranged-download engine (lib/download.ts) against a scripted server.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LarkDownload } from '@larkgen/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rangedDownload, type OpenRange } from '../../src/shortcuts/im/lib/download.js';
import { CliError } from '../../src/core/errors.js';
import { errorOf, json, setupEnv, tempDir, type Env } from '../helpers.js';
import { dataOf, expectRefused, mark, planOf, userEnv } from './read-support.js';

let env: Env;
let alice: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  alice = userEnv(env, 'ou_alice');
});
beforeEach(() => {
  env.emu.setFaults({});
  for (const f of fs.readdirSync(env.cwd)) fs.rmSync(path.join(env.cwd, f), { recursive: true, force: true });
});
afterAll(async () => env?.close());

const download = (...args: string[]) => ['im', '+messages-resources-download', ...args];

/** PNG signature and header, then random bytes: an "image" the emulator accepts, unique per call. */
function pngBytes(size: number): Buffer {
  const head = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

/** Uploads a local file with the API commands and sends it to oc_general; returns message id and key. */
async function uploadAndSend(kind: 'image' | 'file', bytes: Buffer, name: string): Promise<{ messageId: string; key: string }> {
  const dir = tempDir('lark-upload-');
  fs.writeFileSync(path.join(dir, name), bytes);
  const up =
    kind === 'image'
      ? await env.run(['im', 'images', 'create', '--image-type', 'message', '--image', name, '--as', 'bot'], { cwd: dir })
      : await env.run(['im', 'files', 'create', '--file-type', 'stream', '--file-name', name, '--file', name, '--as', 'bot'], { cwd: dir });
  fs.rmSync(dir, { recursive: true, force: true });
  expect(up.code, up.stderr).toBe(0);
  const key: string = kind === 'image' ? json(up).data.image_key : json(up).data.file_key;
  const content = kind === 'image' ? { image_key: key } : { file_key: key, file_name: name };
  const sent = await env.run(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_general', '--msg-type', kind, '--content', JSON.stringify(content), '--as', 'bot']);
  expect(sent.code, sent.stderr).toBe(0);
  return { messageId: json(sent).data.message_id, key };
}

const resourceCalls = async (since: Awaited<ReturnType<typeof mark>>) => (await since()).filter((r) => r.method_id === 'im.message.resources.get');

describe('+messages-resources-download end to end', () => {
  it('an uploaded image downloads byte for byte, named after its key with .png added (bot)', async () => {
    const bytes = pngBytes(5000);
    const { messageId, key } = await uploadAndSend('image', bytes, 'photo.png');
    const since = await mark(env);
    const d = dataOf(await env.run(download('--message-id', messageId, '--file-key', key, '--type', 'image', '--as', 'bot')));
    expect(d).toEqual({ saved_path: `${key}.png`, size_bytes: bytes.length });
    expect(fs.readFileSync(path.join(env.cwd, d.saved_path)).equals(bytes)).toBe(true);
    expect(fs.readdirSync(env.cwd)).toEqual([`${key}.png`]);
    // One request: the 128 KiB probe covered the whole image.
    expect((await resourceCalls(since)).map((r) => [r.status, r.identity])).toEqual([[206, 'bot']]);
  });

  it('as the user, into a new folder; the extension comes from the Content-Type', async () => {
    const bytes = pngBytes(300);
    const { messageId, key } = await uploadAndSend('image', bytes, 'small.png');
    const r = await env.run(download('--message-id', messageId, '--file-key', key, '--type', 'image', '--output', 'pics/logo', '--as', 'user'), { env: alice });
    expect(json(r).identity).toBe('user');
    expect(dataOf(r)).toEqual({ saved_path: 'pics/logo.png', size_bytes: 300 });
    expect(fs.readFileSync(path.join(env.cwd, 'pics/logo.png')).equals(bytes)).toBe(true);
  });

  it('a large uploaded file downloads byte for byte: the probe, then 8 MiB ranges', async () => {
    const bytes = randomBytes(9 * 1024 * 1024 + 12345);
    const { messageId, key } = await uploadAndSend('file', bytes, 'big.bin');
    const since = await mark(env);
    const d = dataOf(await env.run(download('--message-id', messageId, '--file-key', key, '--type', 'file', '--output', 'big.bin', '--as', 'bot')));
    expect(d).toEqual({ saved_path: 'big.bin', size_bytes: bytes.length });
    expect(fs.readFileSync(path.join(env.cwd, 'big.bin')).equals(bytes)).toBe(true);
    expect((await resourceCalls(since)).map((r) => r.status)).toEqual([206, 206, 206]);
    expect(fs.readdirSync(env.cwd)).toEqual(['big.bin']);
  });

  it('the seeded report as a user: a name with an extension is kept', async () => {
    const d = dataOf(await env.run(download('--message-id', 'om_file', '--file-key', 'file_report', '--type', 'file', '--output', 'out/report.data', '--as', 'user'), { env: alice }));
    expect(d.saved_path).toBe('out/report.data');
    const want = env.emu.state.resources.get('file_report')!.data;
    expect(fs.readFileSync(path.join(env.cwd, 'out/report.data')).equals(Buffer.from(want))).toBe(true);
  });

  it('a failing request is retried twice, then the command fails and leaves no file at all', async () => {
    env.emu.setFaults({ errorRate: 1, methods: ['im.message.resources.get'] });
    const since = await mark(env);
    const r = await env.run(download('--message-id', 'om_image', '--file-key', 'img_logo', '--type', 'image', '--output', 'logo.png', '--as', 'bot'));
    expect(r.code).toBe(1);
    expect(errorOf(r).error.type).toBe('api');
    // Injected failures are logged with status 0: the probe and its two retries.
    expect((await resourceCalls(since)).map((x) => x.status)).toEqual([0, 0, 0]);
    expect(fs.readdirSync(env.cwd)).toEqual([]);
  });

  it('a platform refusal is not retried and comes with the next step', async () => {
    const since = await mark(env);
    const r = await env.run(download('--message-id', 'om_image', '--file-key', 'file_report', '--type', 'file', '--as', 'bot'));
    expect(r.code).toBe(1);
    expect(errorOf(r).error).toMatchObject({ code: 234003, hint: expect.stringContaining('+messages-mget --message-ids') });
    expect(await resourceCalls(since)).toHaveLength(1);
    expect(fs.readdirSync(env.cwd)).toEqual([]);
  });

  it('an existing file is replaced whole with --overwrite', async () => {
    fs.writeFileSync(path.join(env.cwd, 'logo.png'), 'old content that is longer than the new image, by quite a lot of bytes indeed');
    const d = dataOf(await env.run(download('--message-id', 'om_image', '--file-key', 'img_logo', '--type', 'image', '--output', 'logo.png', '--overwrite', '--as', 'bot')));
    expect(fs.statSync(path.join(env.cwd, 'logo.png')).size).toBe(d.size_bytes);
    expect(fs.readFileSync(path.join(env.cwd, 'logo.png')).equals(Buffer.from(env.emu.state.resources.get('img_logo')!.data))).toBe(true);
  });
});

describe('+messages-resources-download --dry-run', () => {
  it('the GET with its Range probe and where the file would go; nothing sent or written', async () => {
    const since = await mark(env);
    const plan = planOf(await env.run(download('--message-id', 'om_file', '--file-key', 'file_report', '--type', 'file', '--output', 'd/report', '--as', 'bot', '--dry-run')));
    expect(plan).toEqual([
      {
        method: 'GET',
        url: `${env.emu.url}/open-apis/im/v1/messages/om_file/resources/file_report?type=file`,
        params: { message_id: 'om_file', file_key: 'file_report', type: 'file' },
        body: null,
        identity: 'bot',
        headers: { Range: 'bytes=0-131071' },
        save_to: 'd/report',
        save_note: expect.stringContaining('8 MiB'),
      },
    ]);
    expect(await since()).toEqual([]);
    expect(fs.readdirSync(env.cwd)).toEqual([]);
  });
});

describe('+messages-resources-download rules (exit 2, nothing sent)', () => {
  const base = ['--message-id', 'om_image', '--file-key', 'img_logo', '--type', 'image', '--as', 'bot'];
  const cases: { name: string; args: string[]; message: RegExp; setup?: () => void }[] = [
    { name: 'no --message-id', args: ['--file-key', 'img_logo', '--type', 'image', '--as', 'bot'], message: /needs --message-id/ },
    { name: 'no --file-key', args: ['--message-id', 'om_image', '--type', 'image', '--as', 'bot'], message: /needs --file-key/ },
    { name: 'no --type', args: ['--message-id', 'om_image', '--file-key', 'img_logo', '--as', 'bot'], message: /needs --type/ },
    { name: '--type unknown', args: ['--message-id', 'om_image', '--file-key', 'img_logo', '--type', 'video', '--as', 'bot'], message: /--type must be one of image, file/ },
    { name: '--message-id of the wrong kind', args: ['--message-id', 'oc_general', '--file-key', 'img_logo', '--type', 'image', '--as', 'bot'], message: /--message-id "oc_general" does not have the expected form/ },
    { name: '--file-key with a path separator', args: ['--message-id', 'om_image', '--file-key', '../img_logo', '--type', 'image', '--as', 'bot'], message: /--file-key "..\/img_logo" does not have the expected form/ },
    { name: '--file-key that is ..', args: ['--message-id', 'om_image', '--file-key', '..', '--type', 'image', '--as', 'bot'], message: /--file-key ".." is not a valid key/ },
    { name: 'absolute --output', args: [...base, '--output', '/tmp/x.png'], message: /--output "\/tmp\/x.png" is refused/ },
    { name: '--output with ..', args: [...base, '--output', 'a/../../x.png'], message: /--output "a\/..\/..\/x.png" is refused/ },
    { name: '--output through a symlink leading outside', args: [...base, '--output', 'outside/x.png'], message: /leads outside the working directory through a symbolic link/, setup: () => fs.symlinkSync(tempDir('lark-outside-'), path.join(env.cwd, 'outside')) },
    { name: '--output that is a symlink', args: [...base, '--output', 'link.png'], message: /is a symbolic link/, setup: () => fs.symlinkSync(path.join(env.cwd, 'nowhere.png'), path.join(env.cwd, 'link.png')) },
    { name: '--output that is a folder', args: [...base, '--output', 'folder'], message: /--output "folder" is a folder/, setup: () => fs.mkdirSync(path.join(env.cwd, 'folder')) },
    { name: '--format with an unknown format', args: [...base, '--format', 'xml'], message: /--format/ },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      c.setup?.();
      const before = fs.readdirSync(env.cwd).sort();
      await expectRefused(env, download(...c.args), c.message);
      expect(fs.readdirSync(env.cwd).sort()).toEqual(before);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The engine, against a scripted server.

interface Script {
  /** Range header (or 'all') → how many times it fails first. */
  fail?: Record<string, number>;
  /** Range header → how many times it answers short first. */
  short?: Record<string, number>;
  /** Answer every request with the whole file (200), as a server without range support. */
  ignoreRange?: boolean;
  /** Answer the probe with 416. */
  probe416?: boolean;
  /** A refusal that is not worth retrying. */
  refuse?: boolean;
  /** Ranges answered with an unknown total (`bytes a-b/*`). */
  unknownTotal?: boolean;
  contentType?: string;
}

function server(data: Buffer, script: Script = {}) {
  const calls: string[] = [];
  const fail = { ...script.fail };
  const short = { ...script.short };
  const open: OpenRange = async (range) => {
    const key = range ?? 'all';
    calls.push(key);
    const headers: Record<string, string> = { 'content-type': script.contentType ?? 'application/octet-stream' };
    if (script.refuse) throw Object.assign(new Error('File not in message.'), { name: 'LarkApiError', code: 234003, httpStatus: 400 });
    if ((fail[key] ?? 0) > 0) {
      fail[key]!--;
      throw Object.assign(new Error('socket hang up'), { name: 'LarkNetworkError' });
    }
    if (range && script.probe416) throw Object.assign(new Error('range not satisfiable'), { name: 'LarkApiError', httpStatus: 416 });
    if (!range || script.ignoreRange) {
      headers['content-length'] = String(data.length);
      return new LarkDownload(new Response(new Uint8Array(data), { status: 200, headers }));
    }
    const [from, to] = range.slice(6).split('-').map(Number) as [number, number];
    const end = Math.min(to, data.length - 1);
    let body = data.subarray(from, end + 1);
    if ((short[key] ?? 0) > 0) {
      short[key]!--;
      body = body.subarray(0, body.length - 10);
    }
    headers['content-range'] = `bytes ${from}-${end}/${script.unknownTotal ? '*' : data.length}`;
    return new LarkDownload(new Response(new Uint8Array(body), { status: 206, headers }));
  };
  return { calls, open };
}

describe('rangedDownload (lib/download.ts)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('lark-engine-');
  });
  const target = (name = 'out.bin') => () => path.join(dir, name);
  const fast = { backoffMs: () => 0 };

  it('probe 0–131071, then 8 MiB ranges to the end; the file is identical', async () => {
    const data = randomBytes(2 * 8 * 1024 * 1024 + 131072 + 7);
    const s = server(data);
    const r = await rangedDownload(s.open, target(), fast);
    expect(s.calls).toEqual(['bytes=0-131071', 'bytes=131072-8519679', 'bytes=8519680-16908287', 'bytes=16908288-16908294']);
    expect(r).toMatchObject({ bytes: data.length, requests: 4 });
    expect(fs.readFileSync(path.join(dir, 'out.bin')).equals(data)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['out.bin']);
  });

  it('a chunk that fails twice is fetched the third time', async () => {
    const data = randomBytes(400_000);
    const s = server(data, { fail: { 'bytes=131072-231071': 2 } });
    await rangedDownload(s.open, target(), { ...fast, chunkBytes: 100_000 });
    expect(s.calls).toEqual(['bytes=0-131071', 'bytes=131072-231071', 'bytes=131072-231071', 'bytes=131072-231071', 'bytes=231072-331071', 'bytes=331072-399999']);
    expect(fs.readFileSync(path.join(dir, 'out.bin')).equals(data)).toBe(true);
  });

  it('a chunk that fails three times ends the download, and nothing is left behind', async () => {
    const data = randomBytes(400_000);
    const s = server(data, { fail: { 'bytes=231072-331071': 3 } });
    await expect(rangedDownload(s.open, target(), { ...fast, chunkBytes: 100_000 })).rejects.toMatchObject({ name: 'LarkNetworkError' });
    expect(s.calls.filter((c) => c === 'bytes=231072-331071')).toHaveLength(3);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a short range is retried; one that stays short is a network error, with nothing left behind', async () => {
    const data = randomBytes(300_000);
    const once = server(data, { short: { 'bytes=131072-299999': 1 } });
    await rangedDownload(once.open, target(), fast);
    expect(once.calls).toEqual(['bytes=0-131071', 'bytes=131072-299999', 'bytes=131072-299999']);
    expect(fs.readFileSync(path.join(dir, 'out.bin')).equals(data)).toBe(true);

    fs.rmSync(path.join(dir, 'out.bin'));
    const always = server(data, { short: { 'bytes=131072-299999': 3 } });
    const err = await rangedDownload(always.open, target(), fast).catch((e) => e);
    expect(err).toBeInstanceOf(CliError);
    expect(err).toMatchObject({ kind: 'network', message: expect.stringMatching(/asked for 168928 bytes from 131072, got 168918.*Nothing was saved/) });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a server that ignores Range: the 200 answer is streamed whole', async () => {
    const data = randomBytes(200_000);
    const s = server(data, { ignoreRange: true });
    const r = await rangedDownload(s.open, target(), fast);
    expect(s.calls).toEqual(['bytes=0-131071']);
    expect(r.bytes).toBe(data.length);
    expect(fs.readFileSync(path.join(dir, 'out.bin')).equals(data)).toBe(true);
  });

  it('a range answer that does not say the total: the whole file is asked for instead', async () => {
    const data = randomBytes(150_000);
    const s = server(data, { unknownTotal: true });
    const r = await rangedDownload(s.open, target(), fast);
    expect(s.calls).toEqual(['bytes=0-131071', 'all']);
    expect(r.bytes).toBe(data.length);
    expect(fs.readFileSync(path.join(dir, 'out.bin')).equals(data)).toBe(true);
  });

  it('a probe answered 416 (an empty file) falls back to a plain request', async () => {
    const s = server(Buffer.alloc(0), { probe416: true });
    const r = await rangedDownload(s.open, target(), fast);
    expect(s.calls).toEqual(['bytes=0-131071', 'all']);
    expect(r.bytes).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out.bin')).length).toBe(0);
  });

  it('a platform refusal is not retried', async () => {
    const s = server(randomBytes(10), { refuse: true });
    await expect(rangedDownload(s.open, target(), fast)).rejects.toMatchObject({ code: 234003 });
    expect(s.calls).toHaveLength(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('the target is chosen once the Content-Type is known', async () => {
    const seen: (string | undefined)[] = [];
    const s = server(randomBytes(100), { contentType: 'image/png' });
    await rangedDownload(s.open, (ct) => (seen.push(ct), path.join(dir, 'sub', 'img.png')), fast);
    expect(seen).toEqual(['image/png']);
    expect(fs.readdirSync(path.join(dir, 'sub'))).toEqual(['img.png']);
  });
});
