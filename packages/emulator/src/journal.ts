/**
 * Durable state for `--data FILE`: a snapshot (FILE, the whole state as JSON) plus an append-only
 * journal (FILE.journal, one JSON line per changed record). Every change is appended to the
 * journal before the answer that acknowledges it leaves (see `commitBeforeAnswer`; the answers of
 * one loop turn share one commit), so a process killed at any moment — even with SIGKILL —
 * restarts with everything it acknowledged. When the journal grows past a threshold it is folded
 * into a new snapshot (written to a temporary file and renamed, atomic on POSIX) and emptied.
 *
 * Changes are found by comparing each record's JSON with what was last written, so handlers only
 * have to say "something changed" (`touch`), never what.
 */
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { State, type ResourceRec } from './state.js';

/** A state file or journal that cannot be read back: named, with what is wrong. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

/** The keyed collections of `State` that are persisted, by their field (and snapshot) name. */
const COLLECTIONS = [
  'users', 'chats', 'messages', 'threads', 'reactions', 'pins', 'resources', 'batches',
  'feedCards', 'tags', 'previews', 'feedShortcuts', 'feedGroups', 'chatUserSettings', 'uuids', 'grants',
  'tokens', 'refreshTokens', 'devices', 'cardTokens', 'cardTemplates',
] as const;
type Collection = (typeof COLLECTIONS)[number];

type Entry =
  | { readonly c: Collection; readonly k: string; readonly v: unknown }
  | { readonly c: Collection; readonly k: string; readonly del: true }
  | { readonly c: '$counter'; readonly v: number }
  | { readonly c: '$app'; readonly v: unknown }
  | { readonly c: '$flags'; readonly v: unknown };

const mapOf = (s: State, c: Collection) => s[c] as Map<string, unknown>;
const encode = (c: Collection, v: unknown) => JSON.stringify(c === 'resources' ? { ...(v as ResourceRec), data: (v as ResourceRec).data.toString('base64') } : v);

export interface JournalOptions {
  /** Fold the journal into the snapshot once it is this large (default 4 MiB). */
  readonly compactAfterBytes?: number;
}

export class Journal {
  private readonly journalFile: string;
  private fd: number | undefined;
  private bytes = 0;
  private dirty = false;
  /** What was last written, per collection and key. */
  private written = new Map<string, Map<string, string>>();
  /** Resource records are immutable: one already written (same object) is not encoded again. */
  private writtenResources = new WeakSet<object>();
  /** Whole-value fields (not keyed collections), as last written. */
  private writtenScalars = { counter: '', app: '', flags: '' };
  private pending: NodeJS.Immediate | undefined;
  /** Answers waiting for the group commit of this loop turn. */
  private held: { readonly send: () => void; readonly fail: (e: unknown) => void }[] = [];

  private constructor(
    private readonly file: string,
    private readonly getState: () => State,
    private readonly compactAfterBytes: number,
  ) {
    this.journalFile = `${file}.journal`;
  }

  /**
   * Loads FILE and replays FILE.journal onto it; undefined when there is no state yet. A damaged
   * file throws `StateFileError` naming it. A last journal line cut short (the process died while
   * appending it, before answering) is ignored.
   */
  static load(file: string): State | undefined {
    const journalFile = `${file}.journal`;
    if (!fs.existsSync(file) && !fs.existsSync(journalFile)) return undefined;
    let state: State;
    if (fs.existsSync(file)) {
      let doc: unknown;
      try {
        doc = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        throw new StateFileError(`${file} is not a readable emulator state file (${(e as Error).message}); move it away or start with another --data FILE`);
      }
      try {
        state = State.fromJSON(doc);
      } catch (e) {
        throw new StateFileError(`${file} is not an emulator state file (${(e as Error).message}); move it away or start with another --data FILE`);
      }
    } else state = new State();
    if (fs.existsSync(journalFile)) {
      const lines = fs.readFileSync(journalFile, 'utf8').split('\n');
      // Everything before the last newline was written whole; what follows it was cut short.
      lines.pop();
      lines.forEach((line, i) => {
        let entry: Entry;
        try {
          entry = JSON.parse(line) as Entry;
        } catch (e) {
          throw new StateFileError(`${journalFile}:${i + 1} is not a journal entry (${(e as Error).message}); move ${file} and its journal away or start with another --data FILE`);
        }
        apply(state, entry);
      });
    }
    return state;
  }

  /** Opens the journal for a state that was just loaded or seeded, starting from a fresh snapshot. */
  static open(file: string, getState: () => State, options: JournalOptions = {}): Journal {
    const j = new Journal(file, getState, options.compactAfterBytes ?? 4 * 1024 * 1024);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    j.compact();
    return j;
  }

  /** Something changed: it is written before the next answer (or on the next turn of the loop). */
  touch(): void {
    this.dirty = true;
    this.schedule();
  }

  /**
   * Runs `send` once every change so far is on disk: at once when nothing is pending, else after
   * the commit at the end of this loop turn, which serves every answer held until then (a group
   * commit: one pass over the state for all of them, not one each). `fail` runs instead when that
   * commit cannot be written.
   */
  afterCommit(send: () => void, fail: (e: unknown) => void): void {
    if (!this.dirty) return send();
    this.held.push({ send, fail });
    this.schedule();
  }

  private schedule(): void {
    this.pending ??= setImmediate(() => {
      this.pending = undefined;
      try {
        this.commit();
      } catch (e) {
        return this.release(e);
      }
      this.release();
    });
  }

  /** Lets the held answers go (or fails them when the commit they waited for failed). */
  private release(error?: unknown): void {
    const held = this.held;
    if (held.length === 0) return;
    this.held = [];
    for (const h of held) {
      if (error === undefined) h.send();
      else h.fail(error);
    }
  }

  /** Appends every changed record to the journal now (synchronously). */
  commit(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const state = this.getState();
    const lines: string[] = [];
    const counter = JSON.stringify(state.counter);
    if (counter !== this.writtenScalars.counter) lines.push(JSON.stringify({ c: '$counter', v: state.counter }));
    const app = JSON.stringify(state.app);
    if (app !== this.writtenScalars.app) lines.push(`{"c":"$app","v":${app}}`);
    const flags = JSON.stringify(state.flags);
    if (flags !== this.writtenScalars.flags) lines.push(`{"c":"$flags","v":${flags}}`);
    this.writtenScalars = { counter, app, flags };
    for (const c of COLLECTIONS) {
      const before = this.written.get(c)!;
      const now = mapOf(state, c);
      for (const [k, v] of now) {
        if (c === 'resources' && this.writtenResources.has(v as object) && before.has(k)) continue;
        const text = encode(c, v);
        if (before.get(k) === text) continue;
        before.set(k, text);
        if (c === 'resources') this.writtenResources.add(v as object);
        lines.push(`{"c":"${c}","k":${JSON.stringify(k)},"v":${text}}`);
      }
      for (const k of before.keys()) {
        if (!now.has(k)) {
          before.delete(k);
          lines.push(JSON.stringify({ c, k, del: true }));
        }
      }
    }
    if (lines.length === 0) return;
    const text = lines.join('\n') + '\n';
    fs.writeSync(this.fd!, text);
    this.bytes += Buffer.byteLength(text);
    if (this.bytes >= this.compactAfterBytes) this.compact();
  }

  /** Commits, then folds the journal into the snapshot (when it holds anything). */
  async flush(): Promise<void> {
    this.dirty = true;
    try {
      this.commit();
    } catch (e) {
      this.release(e);
      throw e;
    }
    this.release();
    if (this.bytes > 0) this.compact();
  }

  /** Writes the whole state as the new snapshot, then empties the journal. */
  private compact(): void {
    const state = this.getState();
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.writeSync(fd, JSON.stringify(state.toJSON()));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    // Only now is the journal redundant; replaying it onto the new snapshot would be harmless.
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = fs.openSync(this.journalFile, 'w', 0o600);
    this.bytes = 0;
    this.written = new Map(COLLECTIONS.map((c) => [c, new Map([...mapOf(state, c)].map(([k, v]) => [k, encode(c, v)]))]));
    this.writtenResources = new WeakSet([...state.resources.values()]);
    this.writtenScalars = { counter: JSON.stringify(state.counter), app: JSON.stringify(state.app), flags: JSON.stringify(state.flags) };
    this.dirty = false;
  }

  close(): void {
    if (this.pending) clearImmediate(this.pending);
    this.pending = undefined;
    this.release(new Error('the emulator closed its state file'));
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

function apply(state: State, e: Entry): void {
  if (e.c === '$counter') state.counter = e.v;
  else if (e.c === '$app') state.app = e.v as State['app'];
  else if (e.c === '$flags') state.flags = e.v as State['flags'];
  else if (!COLLECTIONS.includes(e.c)) throw new Error(`unknown collection ${String(e.c)}`);
  else if ('del' in e) {
    if (e.c === 'reactions') state.removeReaction(e.k);
    else mapOf(state, e.c).delete(e.k);
  } else if (e.c === 'reactions') {
    state.removeReaction(e.k);
    state.addReaction(e.v as Parameters<State['addReaction']>[0]);
  } else if (e.c === 'resources') {
    const r = e.v as ResourceRec & { data: string };
    state.resources.set(e.k, { ...r, data: Buffer.from(r.data, 'base64') });
  } else mapOf(state, e.c).set(e.k, e.v);
}

/**
 * Makes `res` wait for `journal`: whatever path answers, the answer leaves only once every change
 * made so far is on disk, so no client ever sees a success for a change that is not there yet.
 * A finished answer (`end`) waits for the group commit of this loop turn; a streamed one commits
 * at its first write. When the commit fails the connection is dropped instead of answered.
 */
export function commitBeforeAnswer(res: ServerResponse, journal: Journal | undefined, log?: (line: string) => void): void {
  if (!journal) return;
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    journal.commit();
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    journal.afterCommit(
      () => (end as (...a: unknown[]) => ServerResponse).apply(this, args),
      (e) => {
        log?.(`state file not written, answer dropped: ${(e as Error).message}`);
        this.destroy();
      },
    );
    return this;
  } as typeof res.end;
}
