/**
 * The everyday tasks page, followed the way an agent would: each task's commands run in order in one
 * folder against the emulator. A value a step uses must come from the task's starting facts or from
 * what an earlier step printed, so the page never relies on knowledge an agent could not have. A
 * task whose commands fail, or that needs a guess, fails CI.
 *
 * Each `lark-cli` line is split into words by /bin/sh, as an agent's shell would split it, and runs
 * through the CLI's main() in this process; other lines (printf, curl) run in the shell. The task
 * about yesterday pins the time zone (TZ=UTC), which applies to a whole process: its lines run in
 * the shell with the built lark-cli, one process each, which keeps the page's path from shell to
 * built binary proven here too.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET, loadModel, type Emulator } from '@larkgen/emulator';
import { runInProcess } from '../../cli/test/in-process.js';
import { shellArgv } from './shell-argv.js';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI_BIN = path.resolve(pkg, '..', 'cli', 'bin', 'lark-cli.cjs');
const PAGE = path.join(pkg, 'lark-im', 'references', 'lark-im-tasks.md');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082', 'hex');
const ID = /\b(?:oc|om|omt|ou|file|img)_[A-Za-z0-9_]+/g;

interface Step { readonly say: string; readonly run: string; readonly exit: number }
interface Task { readonly title: string; readonly given: string; readonly steps: readonly Step[] }

/** Reads the tasks back from the generated page, exactly as a reader sees them. */
function readTasks(): Task[] {
  const text = fs.readFileSync(PAGE, 'utf8');
  return text.split(/^## /m).slice(1).map((section) => {
    const [title, ...rest] = section.split('\n');
    const body = rest.join('\n');
    const given = body.trim().split('\n')[0]!;
    const steps = [...body.matchAll(/^\d+\. (.+)\n\n {3}```sh\n {3}(.+)\n {3}```/gm)].map(([, say, run]) => ({
      say: say!,
      run: run!,
      exit: Number(/ends with exit code (\d)/.exec(say!)?.[1] ?? 0),
    }));
    return { title: title!.trim(), given, steps };
  });
}

const tasks = readTasks();
let emu: Emulator;
let work: string;
let shim: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-tasks-'));
  shim = path.join(work, 'bin');
  fs.mkdirSync(shim);
  fs.writeFileSync(path.join(shim, 'lark-cli'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_BIN}" "$@"\n`, { mode: 0o755 });
});

afterAll(async () => {
  await emu?.close();
});

type Result = { code: number; stdout: string; stderr: string };

/** A command line as a shell runs it: /bin/sh with the built lark-cli, a process of its own. */
function runAsProcess(command: string, cwd: string, env: Record<string, string>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * Runs a command line of a task. A `lark-cli` line is split by the shell and runs in this process,
 * unless the environment needs a process of its own (TZ); any other line (printf, curl) is a shell line.
 */
function run(command: string, cwd: string, env: Record<string, string>): Promise<Result> {
  if (env.TZ !== undefined || !command.startsWith('lark-cli ')) return runAsProcess(command, cwd, env);
  return runInProcess(shellArgv([command])[0]!, { env, cwd });
}

/** Every string value under `key` anywhere in the JSON documents printed so far. */
function valuesOf(outputs: readonly string[], key: string): string[] {
  const found: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === key && typeof x === 'string') found.push(x);
        visit(x);
      }
    }
  };
  for (const out of outputs) {
    try {
      visit(JSON.parse(out));
    } catch {
      // Not JSON (a table, a file listing): nothing to take from it.
    }
  }
  return found;
}

/** Who is logged in, and what exists, before each task starts: the task's "given". */
async function arrange(title: string, env: Record<string, string>): Promise<void> {
  const login = (openId: string, scopes?: string[]) => {
    env.LARKSUITE_CLI_USER_ACCESS_TOKEN = emu.issueUserToken(openId, scopes ?? Object.keys(loadModel().scopes)).access_token;
  };
  if (/yesterday/.test(title)) {
    login('ou_alice');
    // Bob wrote to Alice yesterday (2026-12-03, UTC): sent through the API, then dated back.
    const res = await fetch(`${emu.url}/open-apis/im/v1/messages?receive_id_type=open_id`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emu.issueUserToken('ou_bob').access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ receive_id: 'ou_alice', msg_type: 'text', content: JSON.stringify({ text: 'The checklist is done.' }) }),
    });
    const sent = (await res.json()) as { code: number; data: { message_id: string } };
    expect(sent.code).toBe(0);
    emu.state.messages.get(sent.data.message_id)!.create_time = Date.UTC(2026, 11, 3, 12, 0, 0);
  } else if (/attachment/.test(title)) login('ou_alice');
  else if (/owner/.test(title)) login('ou_bob');
  else if (/missing scope/.test(title)) {
    // A stored login that holds im:message only.
    const start = await run('lark-cli auth login --scope "im:message" --no-wait', env.HOME!, env);
    const { user_code, device_code } = JSON.parse(start.stdout).data as { user_code: string; device_code: string };
    expect(emu.approveDevice(user_code, 'ou_alice')).toBe(true);
    const done = await run(`lark-cli auth login --device-code ${device_code}`, env.HOME!, env);
    expect(done.code, done.stderr).toBe(0);
  }
}

describe('the everyday tasks page', () => {
  it('has the six tasks an agent was tested on, each with its steps', () => {
    expect(tasks.map((t) => t.title)).toEqual([
      'Send Markdown to a group known by its name',
      'Reply in a thread with an image',
      "List yesterday's messages with a person",
      "Download a message's attachment",
      "Add a member as the chat's owner",
      'Recover from a missing scope',
    ]);
    for (const t of tasks) expect(t.steps.length, t.title).toBe(loadModelTask(t.title).steps.length);
  });

  it.each(tasks.map((t) => [t.title, t] as const))('%s: every documented command runs, using only what the agent knew', async (_title, task) => {
    emu.reset();
    const cwd = fs.mkdtempSync(path.join(work, 'task-'));
    fs.writeFileSync(path.join(cwd, 'logo.png'), PNG);
    const env: Record<string, string> = {
      PATH: `${shim}:${process.env.PATH ?? ''}`,
      HOME: cwd,
      ...(/yesterday/.test(task.title) ? { TZ: 'UTC' } : {}),
      NO_COLOR: '1',
      LARKSUITE_CLI_CONFIG_DIR: path.join(cwd, '.lark-cli'),
      LARKSUITE_CLI_APP_ID: DEMO_APP_ID,
      LARKSUITE_CLI_APP_SECRET: DEMO_APP_SECRET,
      LARKSUITE_CLI_BASE_URL: emu.url,
    };
    await arrange(task.title, env);
    const outputs: string[] = [];
    const known = [task.given];
    for (const [i, step] of task.steps.entries()) {
      // Placeholders are filled from what earlier steps printed, as an agent would.
      const command = step.run.replace(/<([a-z_]+)>/g, (_m, key: string) => {
        const v = valuesOf(outputs, key).at(-1);
        expect(v, `step ${i + 1} needs <${key}>, which no earlier step printed`).toBeDefined();
        return v!;
      });
      for (const id of command.match(ID) ?? []) {
        expect(known.some((k) => k.includes(id)), `step ${i + 1} uses ${id}, which neither the task nor an earlier step gave`).toBe(true);
      }
      const r = await run(command, cwd, env);
      expect(r.code, `step ${i + 1}: ${command}\nstdout: ${r.stdout.slice(0, 600)}\nstderr: ${r.stderr.slice(0, 600)}`).toBe(step.exit);
      if (step.exit === 3) {
        // The refusal names the scopes that the next login step asks for.
        const next = task.steps.slice(i + 1).find((s) => s.run.includes('auth login --scope'));
        for (const scope of /--scope "([^"]+)"/.exec(next!.run)![1]!.split(' ')) expect(r.stderr, scope).toContain(scope);
      }
      outputs.push(r.stdout);
      known.push(r.stdout, r.stderr);
    }
    // What the task was for actually happened.
    const last = outputs.at(-1)!;
    if (/Markdown/.test(task.title)) expect(last).toContain('"message_id"');
    if (/thread/.test(task.title)) {
      const reply = emu.state.messages.get(JSON.parse(last).data.message_id as string)!;
      expect([reply.msg_type, reply.root_id, reply.thread_id]).toEqual(['image', 'om_welcome', 'omt_welcome']);
    }
    if (/yesterday/.test(task.title)) expect(last).toContain('The checklist is done.');
    if (/attachment/.test(task.title)) expect(fs.readFileSync(path.join(cwd, 'report.pdf')).length).toBeGreaterThan(0);
    if (/owner/.test(task.title)) expect(emu.state.chats.get('oc_project')!.users).toContain('ou_carol');
    if (/missing scope/.test(task.title)) expect(JSON.parse(last).ok).toBe(true);
  });
});

function loadModelTask(title: string) {
  return loadModel().services.find((s) => s.name === 'im')!.tasks.find((t) => t.title === title)!;
}
