// Child process of bench/emulator.bench.ts, plain JavaScript so that no loader hooks run in it:
// either the built emulator (packages/emulator/dist) or, as the baseline, a trivial node:http
// server answering the same JSON shape. Reports its URL (and a token) to the parent over IPC.
import http from 'node:http';

const kind = process.argv[2];
let url;
let token = 't-baseline';
let close;
if (kind === 'emulator') {
  const { startEmulator } = await import(new URL('../packages/emulator/dist/index.js', import.meta.url).href);
  const emu = await startEmulator({ port: 0 });
  url = emu.url;
  token = emu.tenantToken();
  close = () => emu.close();
} else {
  // The floor: read the body, answer a small JSON document, nothing else.
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.stringify({ code: 0, msg: 'success', data: { message_id: `om_${++n}`, items: [], has_more: false } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}`;
  close = () => new Promise((resolve) => server.close(resolve));
}
process.send?.({ url, token });
const stop = () => void Promise.resolve(close()).then(() => process.exit(0));
process.on('message', (m) => m === 'stop' && stop());
process.on('disconnect', stop);
