// Content hashes of generation inputs and outputs, so an unchanged tree regenerates in a few
// milliseconds. Plain JavaScript with builtins only: it runs before any TypeScript is loaded.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const INPUT_DIRS = ['specs', 'generators/src', 'generators/docs', 'packages/spec/src', 'packages/im-content/src/cards'];
const INPUT_FILES = ['generators/package.json', 'pnpm-lock.yaml'];
const STAMP = 'node_modules/.cache/larkgen/generate-stamp.json';

function walk(root, rel, out) {
  let entries;
  try {
    entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(root, p, out);
    else if (e.isFile() || e.isSymbolicLink()) out.push(p);
  }
  return out;
}

function sha(buf) {
  return crypto.createHash('sha1').update(buf).digest('hex');
}

/** One hash over every file that can change what `pnpm generate` writes. */
export function inputsDigest(root, specsDir = path.join(root, 'specs')) {
  const h = crypto.createHash('sha1');
  const files = [];
  for (const d of INPUT_DIRS) {
    const dir = d === 'specs' ? path.relative(root, specsDir) : d;
    for (const f of walk(root, dir, []).sort()) files.push(f);
  }
  for (const f of [...files, ...INPUT_FILES]) {
    h.update(f + '\0');
    try {
      h.update(fs.readFileSync(path.join(root, f)));
    } catch {
      h.update('missing');
    }
    h.update('\0');
  }
  return h.digest('hex');
}

/** Records what a successful generation wrote: the inputs' digest and each output's sha1. */
export function writeStamp(root, inputs, files, owned) {
  const outputs = {};
  for (const f of files) outputs[f.path] = f.hash;
  const p = path.join(root, STAMP);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, JSON.stringify({ inputs, owned, outputs }));
}

/** True when the inputs are unchanged and every output is on disk exactly as generated, with nothing stale beside it. */
export function isFresh(root, specsDir) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8'));
  } catch {
    return false;
  }
  if (stamp.inputs !== inputsDigest(root, specsDir)) return false;
  for (const [file, hash] of Object.entries(stamp.outputs)) {
    let content;
    try {
      content = fs.readFileSync(path.join(root, file));
    } catch {
      return false;
    }
    if (sha(content) !== hash) return false;
  }
  for (const o of stamp.owned) {
    const present = o.endsWith('/') ? walk(root, o.slice(0, -1), []) : fs.existsSync(path.join(root, o)) ? [o] : [];
    if (present.some((f) => !(f in stamp.outputs))) return false;
  }
  return true;
}
