// Child process of bench/emulator.bench.ts, plain JavaScript so that no loader hooks run in it:
// either the built emulator (packages/emulator/dist) or, as the baseline, a trivial node:http
// server answering the same JSON document. Reports its URL (and a token) to the parent over IPC,
// and its CPU time (`process.cpuUsage()`) whenever the parent asks with 'cpu'.
import http from 'node:http';

const kind = process.argv[2];
let url;
let token = 't-baseline';
let close;
/** `METHOD path` → the JSON document the baseline answers there (set by the parent). */
const answers = new Map();
if (kind === 'emulator') {
  const { startEmulator } = await import(new URL('../packages/emulator/dist/index.js', import.meta.url).href);
  const emu = await startEmulator({ port: 0 });
  url = emu.url;
  token = emu.tenantToken();
  close = () => emu.close();
} else {
  // The floor: read the body, answer a JSON document, nothing else. By default a small one; the
  // parent hands it, per `METHOD path`, the document the emulator answered for that workload, so
  // both serialize and write the same bytes and the ratio shows what the emulator adds.
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const q = req.url.indexOf('?');
      const doc = answers.get(`${req.method} ${q < 0 ? req.url : req.url.slice(0, q)}`);
      const body = JSON.stringify(doc ?? { code: 0, msg: 'success', data: { message_id: `om_${++n}`, items: [], has_more: false } });
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
process.on('message', (m) => {
  if (m === 'stop') stop();
  else if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  else if (m && typeof m === 'object' && m.answer) {
    answers.set(m.answer.route, m.answer.document);
    process.send?.({ answered: m.answer.route });
  }
});
process.on('disconnect', stop);
