/**
 * Media flags given an https:// URL (+messages-send, +messages-reply), end to end with the built
 * CLI against the emulator and a local HTTPS file server: the dry-run plan (nothing fetched), the
 * download and upload (multipart fields named and typed from Content-Disposition, the URL path and
 * the Content-Type, durations read from the bytes), the text-link fallback with its warning when
 * the fetch or the upload fails, and the table of refused URLs (exit 2, a clear message, no fetch,
 * no request).
 *
 * The file server listens on 127.0.0.1 with a throwaway self-signed certificate. The CLI trusts it
 * through Node's own NODE_EXTRA_CA_CERTS, and reaches a loopback address only with the documented
 * opt-in LARKSUITE_CLI_ALLOW_PRIVATE_URLS=1; without it the same URLs are refused. A run that
 * fetches from it therefore needs a process of its own (the built CLI as a child process); the
 * runs that fetch nothing (plans, refusals, downloads from the emulator) call main() in this process.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, tempDir, type Env } from '../helpers.js';
import { emulatorState, expectRefused, methodsSince, mp4, opus, planOf, PNG, setFaults, write } from './send-fixtures.js';

let env: Env;
let server: https.Server;
let base: string;
let fetchEnv: Record<string, string>;
const hits: { path: string; headers: http.IncomingHttpHeaders }[] = [];
let certDir: string;

const routes: Record<string, (res: http.ServerResponse) => void> = {
  '/media/chart.png': (res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length });
    res.end(PNG);
  },
  '/download': (res) => {
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="Q3 report.pdf"' });
    res.end('%PDF-1.4 quarterly\n');
  },
  '/media/clip.mp4': (res) => {
    res.writeHead(200, { 'content-type': 'video/mp4' });
    res.end(mp4(4321));
  },
  '/media/voice': (res) => {
    res.writeHead(200, { 'content-type': 'audio/ogg' });
    res.end(opus(2500));
  },
  '/moved': (res) => {
    res.writeHead(302, { location: '/media/chart.png' });
    res.end();
  },
  '/to-http': (res) => {
    res.writeHead(302, { location: `http://${new URL(base).host}/media/chart.png` });
    res.end();
  },
  '/page': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>a page, not the file</html>');
  },
  '/big.png': (res) => {
    // Declares one byte over the image limit; the CLI stops reading at the header.
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(10 * 1024 * 1024 + 1) });
    res.write(PNG);
  },
};

beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  certDir = tempDir('lark-cli-cert-');
  const key = path.join(certDir, 'key.pem');
  const cert = path.join(certDir, 'cert.pem');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  } catch (e) {
    throw new Error(`The HTTPS media tests make a throwaway certificate with openssl, which failed (${(e as Error).message}). Install it: apt-get install -y openssl`);
  }
  server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
    const p = (req.url ?? '/').split('?')[0]!;
    hits.push({ path: p, headers: req.headers });
    res.on('error', () => undefined);
    const route = routes[p];
    if (route) route(res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fetchEnv = { LARKSUITE_CLI_ALLOW_PRIVATE_URLS: '1', NODE_EXTRA_CA_CERTS: cert };
  write(env, 'clip.mp4', mp4(4321));
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (certDir) fs.rmSync(certDir, { recursive: true, force: true });
  await env?.close();
});

/** The CA list is read when a process starts: a run that trusts the test certificate is a child process. */
const run = (args: string[], o: { env?: Record<string, string> } = {}) => (o.env?.NODE_EXTRA_CA_CERTS ? env.spawn : env.run)(args, o);
const send = (args: string[], o: { env?: Record<string, string> } = {}) => run(['im', '+messages-send', '--chat-id', 'oc_project', ...args], o);
const MSG_URL = () => `${env.emu.url}/open-apis/im/v1/messages?receive_id_type=chat_id`;

/** The stored message and the resources its keys point at. */
async function sent(messageId: string): Promise<{ msg_type: string; content: any; resources: Record<string, any> }> {
  const state = await emulatorState(env);
  const m = state.messages.find((x: { message_id: string }) => x.message_id === messageId);
  const content = JSON.parse(m.content);
  const resources: Record<string, any> = {};
  for (const k of [content.image_key, content.file_key].filter(Boolean)) {
    const { key: _key, create_time: _t, app_id: _a, ...rest } = state.resources.find((r: { key: string }) => r.key === k);
    resources[k] = rest;
  }
  return { msg_type: m.msg_type, content, resources };
}

describe('--dry-run: the download and the upload are planned, nothing is fetched', () => {
  it('--image URL: an image upload described by its URL, then the message with a placeholder key', async () => {
    const before = await env.lastRequestId();
    const url = 'https://files.example.com/pics/chart.png';
    const plan = planOf(await send(['--image', url, '--dry-run']));
    expect(plan).toEqual([
      {
        method: 'POST',
        url: `${env.emu.url}/open-apis/im/v1/images`,
        params: {},
        body: { image_type: 'message', image: `<image downloaded from ${url}>` },
        identity: 'bot',
        content_type: 'multipart/form-data',
      },
      {
        method: 'POST',
        url: MSG_URL(),
        params: { receive_id_type: 'chat_id' },
        body: { receive_id: 'oc_project', msg_type: 'image', content: JSON.stringify({ image_key: `<image_key of ${url}>` }) },
        identity: 'bot',
        content_type: 'application/json; charset=utf-8',
      },
    ]);
    expect(await env.lastRequestId()).toBe(before);
  });

  it('--file URL: file_type and file_name from the URL path', async () => {
    const url = 'https://files.example.com/docs/Q3%20plan.xlsx?sig=abc';
    const plan = planOf(await send(['--file', url, '--dry-run']));
    expect(plan[0]!.body).toEqual({ file_type: 'xls', file_name: 'Q3_plan.xlsx', file: `<file downloaded from ${url}>` });
    expect(plan[1]!.body.content).toBe(JSON.stringify({ file_key: `<file_key of ${url}>` }));
  });

  it('--video and --video-cover URLs (reply): the video, the cover, then the media reply; no fetch from a local server either', async () => {
    const hitCount = hits.length;
    const video = `${base}/media/clip.mp4`;
    const cover = `${base}/media/chart.png`;
    const r = await run(['im', '+messages-reply', '--message-id', 'om_welcome', '--video', video, '--video-cover', cover, '--dry-run'], { env: { LARKSUITE_CLI_ALLOW_PRIVATE_URLS: '1' } });
    const plan = planOf(r);
    expect(plan.map((p) => p.url)).toEqual([`${env.emu.url}/open-apis/im/v1/files`, `${env.emu.url}/open-apis/im/v1/images`, `${env.emu.url}/open-apis/im/v1/messages/om_welcome/reply`]);
    expect(plan[0]!.body).toEqual({ file_type: 'mp4', file_name: 'clip.mp4', file: `<file downloaded from ${video}>` });
    expect(plan[1]!.body).toEqual({ image_type: 'message', image: `<image downloaded from ${cover}>` });
    expect(plan[2]!.body).toEqual({ msg_type: 'media', content: JSON.stringify({ file_key: `<file_key of ${video}>`, image_key: `<image_key of ${cover}>` }) });
    expect(hits.length).toBe(hitCount);
  });
});

describe('live: downloaded over https, uploaded like a local file, sent', () => {
  it('--image URL (through a redirect): the image upload, an image message, the bytes intact', async () => {
    const before = await env.lastRequestId();
    const r = await send(['--image', `${base}/moved`], { env: fetchEnv });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(Object.keys(json(r).data)).toEqual(['message_id', 'chat_id', 'create_time']);
    expect(await methodsSince(env, before)).toEqual(['im.images.create', 'im.messages.create']);
    const m = await sent(json(r).data.message_id);
    expect(m.msg_type).toBe('image');
    expect(Object.values(m.resources)).toEqual([{ kind: 'image', image_type: 'message', content_type: 'image/png', size: PNG.length }]);
    expect(hits.slice(-2).map((h) => h.path)).toEqual(['/moved', '/media/chart.png']);
    expect(hits.at(-1)!.headers).toMatchObject({ 'user-agent': 'lark-cli', accept: 'image/*' });
    expect(hits.at(-1)!.headers.authorization).toBeUndefined();
    const dl = await env.run(['im', '+messages-resources-download', '--message-id', json(r).data.message_id, '--file-key', m.content.image_key, '--type', 'image', '--output', 'out/chart.png']);
    expect(dl.code, dl.stderr).toBe(0);
    expect(fs.readFileSync(path.join(env.cwd, 'out/chart.png')).equals(PNG)).toBe(true);
  });

  it('--file URL: file_name from Content-Disposition, file_type from it (pdf)', async () => {
    const r = await send(['--file', `${base}/download`], { env: fetchEnv });
    expect(r.code, r.stderr).toBe(0);
    const m = await sent(json(r).data.message_id);
    expect(m.msg_type).toBe('file');
    expect(Object.values(m.resources)).toMatchObject([{ kind: 'file', file_type: 'pdf', file_name: 'Q3_report.pdf' }]);
    expect(Object.values(m.resources)[0].duration).toBeUndefined();
    expect(hits.at(-1)!.headers).toMatchObject({ 'user-agent': 'lark-cli', accept: '*/*' });
  });

  it('--audio URL without an extension: named voice.ogg from the Content-Type, file_type opus, duration read from the bytes', async () => {
    const r = await send(['--audio', `${base}/media/voice`], { env: fetchEnv });
    expect(r.code, r.stderr).toBe(0);
    const m = await sent(json(r).data.message_id);
    expect(m.msg_type).toBe('audio');
    expect(Object.values(m.resources)).toMatchObject([{ kind: 'file', file_type: 'opus', file_name: 'voice.ogg', duration: 2500 }]);
  });

  it('+messages-reply --video URL --video-cover URL: a media reply with the duration and the cover', async () => {
    const before = await env.lastRequestId();
    const r = await run(['im', '+messages-reply', '--message-id', 'om_welcome', '--video', `${base}/media/clip.mp4`, '--video-cover', `${base}/media/chart.png`], { env: fetchEnv });
    expect(r.code, r.stderr).toBe(0);
    expect(await methodsSince(env, before)).toEqual(['im.files.create', 'im.images.create', 'im.messages.reply']);
    const m = await sent(json(r).data.message_id);
    expect(m.msg_type).toBe('media');
    expect(m.resources[m.content.file_key]).toMatchObject({ kind: 'file', file_type: 'mp4', file_name: 'clip.mp4', duration: 4321 });
    expect(m.resources[m.content.image_key]).toMatchObject({ kind: 'image', image_type: 'message' });
  });
});

describe('fallback: a URL that cannot be fetched or uploaded is sent as a text link, with a warning', () => {
  // [case, flags, noun, URL, methods called, the reason the warning names]
  const cases: [string, string[], string, () => string, string[], string][] = [
    ['the server answers 404', ['--image'], 'image', () => `${base}/media/missing.png`, ['im.messages.create'], 'the server answered HTTP 404'],
    ['the answer is a web page, not an image', ['--image'], 'image', () => `${base}/page`, ['im.messages.create'], 'it is not an image (Content-Type text/html)'],
    ['the answer is not an MP4 video', ['--video-cover', 'img_logo', '--video'], 'video', () => `${base}/page`, ['im.messages.create'], 'it is not an MP4 video ("page.html")'],
  ];
  it.each(cases)('%s', async (_name, flags, noun, url, methods, reason) => {
    const before = await env.lastRequestId();
    const r = await send([...flags, url()], { env: fetchEnv });
    expect(r.code, r.stderr).toBe(0);
    const flag = flags.at(-1)!;
    expect(r.stderr).toBe(`warning: ${flag}: ${url()} could not be attached (${reason}); the link was sent as a text message instead.\n`);
    expect(await methodsSince(env, before)).toEqual(methods);
    const m = await sent(json(r).data.message_id);
    expect(m.msg_type).toBe('text');
    expect(m.content).toEqual({ text: `[${noun} could not be attached] ${url()}` });
  });

  it('the upload fails (platform error): the link is sent instead', async () => {
    await setFaults(env, { errorRate: 1, errorStatus: 400, methods: ['im.files.create'] });
    try {
      const before = await env.lastRequestId();
      const url = `${base}/download`;
      const r = await send(['--file', url], { env: fetchEnv });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`^warning: --file: ${url.replace(/\./g, '\\.')} could not be attached \\(.+\\); the link was sent as a text message instead\\.\\n$`));
      expect(await methodsSince(env, before)).toEqual(['im.files.create', 'im.messages.create']);
      const m = await sent(json(r).data.message_id);
      expect(m).toMatchObject({ msg_type: 'text', content: { text: `[file could not be attached] ${url}` } });
    } finally {
      await setFaults(env, {});
    }
  });

  it('only the content flag falls back: a cover URL that fails next to a local video stops the command (exit 4), no message', async () => {
    const before = await env.lastRequestId();
    const r = await send(['--video', 'clip.mp4', '--video-cover', `${base}/media/missing.png`], { env: fetchEnv });
    expect(r.code, r.stderr).toBe(4);
    expect(errorOf(r).error).toMatchObject({ type: 'network', message: `The cover image at ${base}/media/missing.png could not be downloaded: the server answered HTTP 404.` });
    expect(await methodsSince(env, before)).toEqual(['im.files.create']);
  });
});

describe('refused URLs: exit 2, a clear message, no fetch, no request', () => {
  const longUrl = `https://files.example.com/${'a'.repeat(2040)}.png`;
  // [case, flags, message, private addresses allowed (the opt-in, with the test certificate trusted)]
  const cases: [string, () => string[], RegExp, boolean?][] = [
    ['plain http', () => ['--image', `http://${new URL(base).host}/media/chart.png`], /--image "http:\/\/127\.0\.0\.1:\d+\/media\/chart\.png" uses plain http; media is only downloaded over https.*Use the https:\/\/ address/],
    ['plain http for the cover', () => ['--video', 'clip.mp4', '--video-cover', 'http://files.example.com/c.png'], /--video-cover .* uses plain http/],
    ['an unsupported scheme', () => ['--file', 'ftp://files.example.com/a.pdf'], /--file "?ftp:\/\/files\.example\.com\/a\.pdf"?: the scheme ftp is not supported/],
    ['a file: URL', () => ['--file', 'file:///etc/passwd'], /the scheme file is not supported/],
    ['a user name and password', () => ['--image', 'https://bob:secret@files.example.com/a.png'], /user name or password, which is never sent/],
    ['a URL over 2048 characters', () => ['--image', longUrl], /--image is a URL of 2070 characters; at most 2048 are accepted/],
    ['localhost', () => ['--image', 'https://localhost/a.png'], /--image https:\/\/localhost\/a\.png is refused: it points at this machine/],
    ['a loopback address (without the opt-in)', () => ['--image', `${base}/media/chart.png`], /is refused: 127\.0\.0\.1 is a loopback, private or link-local address.*download the file yourself/],
    ['the cloud metadata address', () => ['--file', 'https://169.254.169.254/latest/meta-data'], /is refused: 169\.254\.169\.254 is a loopback, private or link-local address/],
    ['a private IPv6 address', () => ['--file', 'https://[fd00::1]/a.pdf'], /is refused: fd00::1 is a loopback, private or link-local address/],
    ['a video that is not MP4', () => ['--video', 'https://files.example.com/clip.mov', '--video-cover', 'img_logo'], /--video "?https:\/\/files\.example\.com\/clip\.mov"? is not an \.mp4 file/],
    ['audio that is not Opus', () => ['--audio', 'https://files.example.com/song.mp3'], /--audio "?https:\/\/files\.example\.com\/song\.mp3"? is not an \.opus or \.ogg file/],
    ['larger than the upload limit (found from the headers)', () => ['--image', `${base}/big.png`], /--image https:\/\/127\.0\.0\.1:\d+\/big\.png is refused: it is 10485761 bytes, over the 10 MB upload limit/, true],
    ['a redirect to plain http', () => ['--image', `${base}/to-http`], /--image https:\/\/127\.0\.0\.1:\d+\/to-http is refused: plain http is not fetched for media, only https/, true],
  ];
  it.each(cases)('%s', async (_name, args, message, allowPrivate) => {
    const before = await env.lastRequestId();
    const hitCount = hits.length;
    const r = await send(args(), { env: allowPrivate ? fetchEnv : {} });
    await expectRefused(env, r, message, before);
    // Only the size and redirect cases reach the file server (they are judged on its answer).
    const fetched = hits.slice(hitCount).map((h) => h.path);
    expect(fetched).toEqual(/big|to-http/.test(args().join(' ')) ? [args().at(-1)!.replace(base, '')] : []);
  });

  it('+messages-reply refuses the same way', async () => {
    const before = await env.lastRequestId();
    const r = await env.run(['im', '+messages-reply', '--message-id', 'om_welcome', '--file', 'http://files.example.com/a.pdf']);
    await expectRefused(env, r, /uses plain http/, before);
  });
});
