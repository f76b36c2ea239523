/**
 * `lark-cli event consume <key>`: one event key per process, NDJSON on stdout (one event per
 * line), `[event] ready event_key=<key>` on stderr once events flow, and a last stderr line
 * saying how many events arrived and why it stopped (limit, timeout or signal — SIGINT, SIGTERM,
 * `event stop`, or the end of stdin for a run without bounds).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Io } from '../core/io.js';
import { CliError } from '../core/errors.js';
import { compileError, runJq } from '../core/jq.js';
import { atomicWrite, safeWritePath } from '../core/paths.js';
import type { EventCommand } from '../meta.js';
import type { BusApp } from './bus.js';
import { matches, type EventEnvelopeLike, type EventFilter } from './filter.js';
import { flattenMessageReceived } from './flatten.js';

export interface ConsumeOptions {
  readonly event: EventCommand;
  readonly filters: readonly EventFilter[];
  readonly jq?: string;
  /** 0 = no limit. */
  readonly maxEvents: number;
  /** 0 = no timeout. */
  readonly timeoutMs: number;
  /** Relative folder for one file per event. */
  readonly outputDir?: string;
  readonly quiet: boolean;
  readonly configDir: string;
  readonly app: BusApp;
  /** Resolves when standard input ends (for a run without bounds). */
  readonly stdinEnded?: Promise<void>;
  /** SIGINT/SIGTERM hook (tests pass their own). */
  readonly onSignal?: (stop: () => void) => () => void;
}

export type StopReason = 'limit' | 'timeout' | 'signal';

/** Checks what can be checked before connecting; every mistake is a validation error (exit 2). */
export async function checkConsumeInput(cwd: string, jq: string | undefined, outputDir: string | undefined): Promise<string | undefined> {
  if (jq !== undefined) {
    const problem = await compileError(jq);
    if (problem) throw new CliError('validation', `--jq does not compile: ${problem}`, { hint: 'Check the expression with jq, e.g. --jq \'.content\'.' });
  }
  if (outputDir === undefined) return undefined;
  if (path.isAbsolute(outputDir)) throw new CliError('validation', `--output-dir must be a relative path, got "${outputDir}".`, { hint: 'Give a folder inside the working directory, e.g. --output-dir events.' });
  const probe = safeWritePath(cwd, path.join(outputDir, 'probe.json'), '--output-dir');
  const dir = path.dirname(probe);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new CliError('validation', `--output-dir "${outputDir}" is not a folder.`);
  return dir;
}

/** Parses 30s, 2m, 1h30m, 500ms or a plain number of seconds; 0 = none. */
export function parseDuration(text: string, flag: string): number {
  const t = text.trim();
  if (/^[0-9]+(\.[0-9]+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  let rest = t;
  while (rest.length > 0) {
    const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/.exec(rest);
    if (!m) throw new CliError('validation', `${flag} "${text}" is not a duration.`, { hint: 'Write it as 30s, 2m, 1h30m or 500ms (0 = no timeout).' });
    total += Number(m[1]) * units[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  return Math.round(total);
}

export async function consume(io: Io, o: ConsumeOptions, dir: string | undefined): Promise<number> {
  const started = Date.now();
  const stop = new AbortController();
  let reason: StopReason = 'signal';
  const finish = (why: StopReason) => {
    if (stop.signal.aborted) return;
    reason = why;
    stop.abort();
  };
  const say = (line: string) => {
    if (!o.quiet) io.err(line + '\n');
  };
  let received = 0;
  let ready = false;
  let seq = 0;
  // Events are written in arrival order even though --jq is asynchronous.
  let chain: Promise<void> = Promise.resolve();

  const handle = async (envelope: EventEnvelopeLike) => {
    if (stop.signal.aborted) return;
    if (!matches(o.filters, envelope.event)) return;
    const shaped = o.event.output === 'flat' ? flattenMessageReceived(envelope) : envelope;
    let line: string;
    if (o.jq !== undefined) {
      const r = await runJq(shaped, o.jq, true);
      if ('error' in r) {
        say(`[event] WARN --jq failed on event ${envelope.header.event_id}: ${r.error}; event dropped`);
        return;
      }
      if (r.out.trim() === '') return;
      line = r.out;
    } else line = JSON.stringify(shaped) + '\n';
    if (stop.signal.aborted) return;
    io.out(line);
    if (dir) atomicWrite(path.join(dir, `${envelope.header.create_time || Date.now()}-${String(++seq).padStart(6, '0')}-${safeName(envelope.header.event_id)}.json`), line);
    received++;
    if (o.maxEvents > 0 && received >= o.maxEvents) finish('limit');
  };

  const timer = o.timeoutMs > 0 ? setTimeout(() => finish('timeout'), o.timeoutMs) : undefined;
  // stdin's end stops only a run without bounds (a bounded run ends on its own).
  if (o.maxEvents === 0 && o.timeoutMs === 0) void o.stdinEnded?.then(() => finish('signal'));
  const unhook = (o.onSignal ?? hookSignals)(() => finish('signal'));
  const { consumeThroughBus } = await import('./bus.js');
  try {
    await consumeThroughBus(o.configDir, o.app, {
      key: o.event.key,
      onEvent: (e) => {
        chain = chain.then(() => handle(e)).catch((err: unknown) => {
          say(`[event] WARN an event could not be written: ${(err as Error).message}`);
        });
      },
      onReady: () => {
        if (ready) return;
        ready = true;
        say(`[event] ready event_key=${o.event.key}`);
      },
      onStop: () => finish('signal'),
      log: (m) => say(`[event] ${m}`),
    }, stop.signal);
    await chain;
  } finally {
    if (timer) clearTimeout(timer);
    unhook();
  }
  say(`[event] exited — received ${received} event(s) in ${((Date.now() - started) / 1000).toFixed(1)}s (reason: ${reason})`);
  return 0;
}

function hookSignals(stop: () => void): () => void {
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 80) || 'event';
}
