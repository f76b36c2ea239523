/** --jq and every --format against real answers, and the terminal-safety filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from './helpers.js';

let env: Env;
let nasty: string;
const NASTY = 'Hi \u001b[31mred\u001b[0m \u001b]8;;http://evil\u0007link\u001b]8;;\u0007 \u202eevil\u202c zero\u200bwidth\u0007 bell';

beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  const r = await env.run(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_project', '--msg-type', 'text', '--content', JSON.stringify({ text: NASTY })]);
  expect(r.code, r.stderr).toBe(0);
  nasty = json(r).data.message_id;
  const f = await env.run(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_project', '--msg-type', 'text', '--content', JSON.stringify({ text: '=HYPERLINK("http://evil")' })]);
  expect(f.code, f.stderr).toBe(0);
});
afterAll(async () => env?.close());

const list = ['im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', 'oc_project', '--page-size', '50'];

describe('formats', () => {
  it('json is the raw {code,msg,data} answer', async () => {
    const r = await env.run(list);
    const out = json(r);
    expect(Object.keys(out)).toEqual(['code', 'msg', 'data']);
    expect(out.code).toBe(0);
    expect(r.stdout).toContain('\\u001b[31m'); // JSON escapes the control characters; nothing raw
    expect(r.stdout).not.toContain('\u001b');
  });

  it('ndjson prints one item per line', async () => {
    const r = await env.run([...list, '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(JSON.parse(l).message_id).toMatch(/^om_/);
  });

  it('table has a header and one row per item, with control sequences stripped', async () => {
    const r = await env.run([...list, '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^MESSAGE_ID\s+/);
    expect(lines.length).toBe(1 + JSON.parse((await env.run([...list, '--jq', '.data.items | length'])).stdout));
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202e]/);
    // A top-level string with escapes, bidi and zero-width characters is shown cleaned.
    const chat = await env.run(['im', 'chats', 'create', '--name', 'Team \u001b[31mRed\u001b[0m \u202eX\u200bY', '--chat-type', 'private', '--format', 'table']);
    expect(chat.code, chat.stderr).toBe(0);
    expect(chat.stdout).toContain('Team Red XY');
    expect(chat.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202e]/);
  });

  it('csv neutralises formulas and strips control sequences', async () => {
    const r = await env.run([...list, '--format', 'csv']);
    expect(r.code).toBe(0);
    const [header] = r.stdout.split('\n');
    expect(header).toMatch(/^message_id,/);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202e]/);
    // The content cell is JSON text; a cell that starts with = is prefixed with a quote.
    const jqCsv = await env.run([...list, '--jq', '.data.items[0]']);
    expect(jqCsv.code).toBe(0);
    const names = await env.run(['im', 'chats', 'create', '--name', '=cmd|calc', '--chat-type', 'private', '--format', 'csv']);
    expect(names.code, names.stderr).toBe(0);
    expect(names.stdout).toContain(`'=cmd|calc`);
    expect(names.stdout).not.toMatch(/(^|,)=cmd/m);
  });

  it('pretty is readable and safe', async () => {
    const r = await env.run(['im', 'messages', 'get', '--message-id', nasty, '--format', 'pretty']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/message_id: om_/);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202e]/);
  });

  it('no colour when not on a terminal', async () => {
    const r = await env.run([...list, '--format', 'table'], { env: { NO_COLOR: undefined } });
    expect(r.stdout).not.toContain('\u001b[');
  });
});

describe('--jq', () => {
  it('runs real jq: paths, pipes, functions, multiple results', async () => {
    const r = await env.run([...list, '--jq', '[.data.items[] | select(.msg_type == "text") | .message_id] | length > 1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('true');
    const many = await env.run([...list, '--jq', '.data.items[:2][] | .chat_id']);
    expect(many.stdout.trim().split('\n')).toEqual(['"oc_project"', '"oc_project"']);
    const obj = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general', '--jq', '{name: .data.name, code}']);
    expect(JSON.parse(obj.stdout)).toMatchObject({ code: 0, name: expect.any(String) });
  });

  it('--jq with --format ndjson prints compact results', async () => {
    const r = await env.run([...list, '--jq', '.data.items[:2][] | {id: .message_id}', '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\{"id":"om_/);
  });

  it('a jq runtime error is reported, not a stack trace', async () => {
    const r = await env.run([...list, '--jq', '.data.items | error("stop here")']);
    expect(r.code).toBe(2);
    expect(errorOf(r).error.message).toContain('stop here');
  });

  it('applies to --dry-run output too', async () => {
    const r = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general', '--dry-run', '--jq', '.api[0].url']);
    expect(JSON.parse(r.stdout)).toBe(`${env.emu.url}/open-apis/im/v1/chats/oc_general`);
  });
});
