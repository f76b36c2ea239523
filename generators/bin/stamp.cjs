// CommonJS, not ESM: Node starts a CommonJS entry with less work, and the no-change answer is
// all start-up.
// Content hashes of generation inputs and outputs, so an unchanged tree regenerates in a few
// milliseconds. Plain JavaScript with builtins only: it runs before any TypeScript is loaded.
// Beside the hashes the stamp keeps each file's size and modification time: when none of them
// moved (the usual no-change run), nothing is read or hashed; any difference falls back to hashing.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const INPUT_DIRS = ['specs', 'generators/src', 'generators/docs', 'packages/spec/src', 'packages/im-content/src/cards'];
const INPUT_FILES = ['generators/package.json', 'pnpm-lock.yaml'];
const STAMP = 'node_modules/.cache/larkgen/generate-stamp.json';

/**
 * `root` joined with a relative path from the stamp or a walk (already normal, forward slashes):
 * a plain concatenation, where path.join's normalising took a quarter of a no-change answer's work
 * over some 800 files (Windows accepts the forward slash). A path leading out of `root` (a specs
 * folder elsewhere) is still joined lexically, as before.
 */
function at(root, rel) {
  if (rel.startsWith('..')) return path.join(root, rel);
  return rel ? `${root}/${rel}` : root;
}

function walk(root, rel, out) {
  let entries;
  try {
    entries = fs.readdirSync(at(root, rel), { withFileTypes: true });
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

// Loaded on first use: a no-change run whose sizes and mtimes match hashes nothing.
let cryptoModule;
const crypto = () => (cryptoModule ??= require('node:crypto'));

function sha(buf) {
  return crypto().createHash('sha1').update(buf).digest('hex');
}

/** Every file that can change what `pnpm generate` writes, relative to `root`, in a fixed order. */
function inputFiles(root, specsDir) {
  const files = [];
  for (const d of INPUT_DIRS) {
    const dir = d === 'specs' ? path.relative(root, specsDir) : d;
    for (const f of walk(root, dir, []).sort()) files.push(f);
  }
  return [...files, ...INPUT_FILES];
}

/** "size:mtime" of a file, or "missing". */
function statKey(root, file) {
  try {
    const st = fs.statSync(at(root, file));
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/**
 * One hash over every input file, and their sizes and modification times taken before they were
 * read (so a file edited while generation runs no longer matches the stamp).
 */
function inputsDigest(root, specsDir = path.join(root, 'specs')) {
  const h = crypto().createHash('sha1');
  const files = inputFiles(root, specsDir);
  const stats = {};
  for (const f of files) {
    stats[f] = statKey(root, f);
    h.update(f + '\0');
    try {
      h.update(fs.readFileSync(at(root, f)));
    } catch {
      h.update('missing');
    }
    h.update('\0');
  }
  return { digest: h.digest('hex'), stats };
}

/** Records what a successful generation wrote: the inputs' digest and stats, each output's sha1 and stat. */
function writeStamp(root, inputs, files, owned) {
  const outputs = {};
  const outputStats = {};
  for (const f of files) {
    outputs[f.path] = f.hash;
    outputStats[f.path] = statKey(root, f.path);
  }
  saveStamp(root, { inputs: inputs.digest, inputStats: inputs.stats, owned, outputs, outputStats });
}

function saveStamp(root, stamp) {
  const p = path.join(root, STAMP);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, JSON.stringify(stamp));
}

/** True when the same input files exist and every input and output has the size and mtime the stamp recorded. */
function statsUnchanged(root, specsDir, stamp) {
  if (!stamp.inputStats || !stamp.outputStats) return false;
  const files = inputFiles(root, specsDir);
  if (files.length !== Object.keys(stamp.inputStats).length) return false;
  for (const f of files) if (stamp.inputStats[f] !== statKey(root, f)) return false;
  for (const f of Object.keys(stamp.outputs)) if (stamp.outputStats[f] !== statKey(root, f)) return false;
  return true;
}

/** True when the inputs are unchanged and every output is on disk exactly as generated, with nothing stale beside it. */
function isFresh(root, specsDir) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8'));
  } catch {
    return false;
  }
  let restat;
  if (!statsUnchanged(root, specsDir, stamp)) {
    const inputs = inputsDigest(root, specsDir);
    if (stamp.inputs !== inputs.digest) return false;
    const outputStats = {};
    for (const [file, hash] of Object.entries(stamp.outputs)) {
      outputStats[file] = statKey(root, file);
      let content;
      try {
        content = fs.readFileSync(at(root, file));
      } catch {
        return false;
      }
      if (sha(content) !== hash) return false;
    }
    restat = { ...stamp, inputStats: inputs.stats, outputStats };
  }
  for (const o of stamp.owned) {
    const present = o.endsWith('/') ? walk(root, o.slice(0, -1), []) : fs.existsSync(at(root, o)) ? [o] : [];
    if (present.some((f) => !(f in stamp.outputs))) return false;
  }
  // Touched but unchanged (a checkout, a copy): the next run need not hash again.
  if (restat) saveStamp(root, restat);
  return true;
}

module.exports = { inputsDigest, writeStamp, isFresh };
