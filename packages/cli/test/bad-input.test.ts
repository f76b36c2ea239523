/**
 * The bad-input table: each case exits 2 (input) or 3 (auth/config) with a clear message and the
 * emulator (asked through its admin API) received no request at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, setupEnv, tempDir, type Env } from './helpers.js';

let env: Env;
let narrowConfig: string;
/** A user who granted the message-reading scopes and nothing else. */
let readerConfig: string;

beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  fs.writeFileSync(path.join(env.cwd, 'big.png'), Buffer.alloc(10 * 1024 * 1024 + 1));
  fs.writeFileSync(path.join(env.cwd, 'empty.png'), '');
  fs.writeFileSync(path.join(env.cwd, 'ok.png'), 'png');
  fs.symlinkSync(tempDir('lark-cli-outside-'), path.join(env.cwd, 'escape'));
  fs.symlinkSync('/etc/hostname', path.join(env.cwd, 'linked.json'));
  // A stored user login that granted only one scope.
  narrowConfig = tempDir('lark-cli-narrow-');
  fs.writeFileSync(
    path.join(narrowConfig, 'tokens.json'),
    JSON.stringify({ version: 1, users: { default: { accessToken: 'u-narrow', expiresAt: Date.now() + 3_600_000, scopes: ['im:message:readonly'], obtainedAt: Date.now() } } }),
  );
  readerConfig = tempDir('lark-cli-reader-');
  fs.writeFileSync(
    path.join(readerConfig, 'tokens.json'),
    JSON.stringify({ version: 1, users: { default: { accessToken: 'u-reader', expiresAt: Date.now() + 3_600_000, scopes: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'], obtainedAt: Date.now() } } }),
  );
});
afterAll(async () => env?.close());

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly exit?: 2 | 3;
  readonly message: RegExp;
  readonly env?: () => Record<string, string | undefined>;
  readonly input?: string;
}

const long = (n: number) => 'x'.repeat(n);
const send = ['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_general', '--msg-type', 'text'];

const cases: Case[] = [
  // commands and flags
  { name: 'unknown command', args: ['imm', 'messages', 'list'], message: /Unknown command "imm".*Did you mean "im"/ },
  { name: 'unknown resource', args: ['im', 'mesages', 'list'], message: /Unknown resource "mesages".*Did you mean "messages"/ },
  { name: 'unknown method', args: ['im', 'messages', 'lst'], message: /Unknown method "lst".*Did you mean "list"/ },
  { name: 'unknown shortcut', args: ['im', '+messages-sned', '--chat-id', 'oc_general', '--text', 'hi'], message: /Unknown shortcut.*Did you mean "\+messages-send"/ },
  { name: 'unknown flag', args: [...send.slice(0, 3), '--recieve-id-type', 'chat_id'], message: /Unknown flag --recieve-id-type.*Did you mean "--receive-id-type"/ },
  { name: 'snake_case field as a flag', args: ['im', 'chats', 'get', '--chat_id', 'oc_general'], message: /Unknown flag --chat_id.*Did you mean "--chat-id"/ },
  { name: 'flag without its value', args: ['im', 'messages', 'list', '--container-id-type'], message: /--container-id-type needs a value/ },
  { name: 'flag given twice', args: ['im', 'chats', 'list', '--format', 'json', '--format', 'table'], message: /--format was given more than once/ },
  { name: 'switch given a value', args: ['im', 'chats', 'list', '--page-all=maybe'], message: /--page-all is a switch/ },
  { name: 'stray positional argument', args: ['im', 'chats', 'get', 'oc_general'], message: /Unexpected argument "oc_general"/ },
  { name: 'bad --as', args: ['im', 'chats', 'list', '--as', 'admin'], message: /--as must be user, bot or auto/ },
  { name: 'bad --format', args: ['im', 'chats', 'list', '--format', 'xml'], message: /--format must be one of json, pretty, table, ndjson, csv/ },
  { name: 'bad --page-limit', args: ['im', 'chats', 'list', '--page-all', '--page-limit', '-3'], message: /--page-limit must be a whole number/ },
  { name: '--jq that does not compile', args: ['im', 'chats', 'list', '--jq', '.items[', '--page-size', '5'], message: /--jq expression does not compile/ },
  // JSON input
  { name: 'bad JSON in --data', args: [...send, '--data', '{bad json'], message: /--data is not valid JSON/ },
  { name: '--params that is not an object', args: ['im', 'chats', 'list', '--params', '[1,2]'], message: /--params must be a JSON object/ },
  { name: 'unknown parameter in --params', args: ['im', 'messages', 'create', '--params', '{"receive_idtype":"chat_id"}', '--data', '{}'], message: /unknown parameter "receive_idtype".*Did you mean "receive_id_type"/ },
  { name: 'body field put in --params', args: ['im', 'messages', 'create', '--params', '{"receive_id_type":"chat_id","msg_type":"text"}'], message: /"msg_type" is a body field: put it in --data/ },
  { name: 'unknown body field', args: [...send, '--content', '{"text":"hi"}', '--data', '{"recieve_id":"oc_general"}'], message: /data.recieve_id is not a known field \(did you mean "receive_id"\?\)/ },
  { name: 'unknown nested field', args: ['im', 'chats', 'create', '--data', '{"i18n_names":{"zh_cnn":"x"}}'], message: /data.i18n_names.zh_cnn is not a known field/ },
  { name: 'missing required query parameter', args: ['im', 'messages', 'create', '--receive-id', 'oc_general', '--msg-type', 'text', '--content', '{"text":"hi"}'], message: /params.receive_id_type is required but missing \(--receive-id-type\)/ },
  { name: 'missing required body field', args: [...send.slice(0, 5), '--msg-type', 'text', '--content', '{"text":"hi"}'], message: /data.receive_id is required but missing \(--receive-id\)/ },
  { name: 'missing required path parameter', args: ['im', 'chats', 'get'], message: /params.chat_id is required but missing \(--chat-id\)/ },
  { name: 'wrong enum value', args: ['im', 'messages', 'create', '--receive-id-type', 'chat', '--receive-id', 'oc_general', '--msg-type', 'text', '--content', '{"text":"hi"}'], message: /receive_id_type must be one of .*"chat_id".*did you mean "chat_id"/ },
  { name: 'wrong type for an integer flag', args: ['im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', 'oc_general', '--page-size', 'ten'], message: /--page-size must be a whole number/ },
  { name: 'integer out of range', args: ['im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', 'oc_general', '--page-size', '500'], message: /page_size must be at most 50/ },
  { name: 'wrong type inside --data', args: [...send, '--content', '{"text":"hi"}', '--data', '{"uuid":12}'], message: /data.uuid must be a string, got an integer/ },
  { name: 'string over its length limit', args: [...send, '--content', '{"text":"hi"}', '--uuid', long(51)], message: /uuid must be at most 50 characters/ },
  { name: 'id that does not match its pattern', args: ['im', 'chats', 'get', '--chat-id', 'general'], message: /chat_id does not match the pattern/ },
  { name: 'path value with a traversal', args: ['im', 'messages', 'get', '--params', '{"message_id":"../chats"}'], message: /message_id/ },
  { name: 'content that is not JSON', args: [...send, '--content', 'hello'], message: /content must be a string holding JSON/ },
  { name: 'typed flag conflicting with --data', args: [...send, '--content', '{"text":"hi"}', '--data', '{"receive_id":"oc_project"}'], message: /receive_id is given twice with different values/ },
  { name: '--data on a method without a body', args: ['im', 'messages', 'get', '--message-id', 'om_hello', '--data', '{}'], message: /takes no request body/ },
  { name: 'two values from stdin', args: ['im', 'messages', 'create', '--params', '-', '--data', '-'], input: '{}', message: /both ask for standard input/ },
  { name: '@file that does not exist', args: [...send, '--data', '@missing.json'], message: /cannot find the file "missing.json"/ },
  { name: '@file outside the working directory', args: [...send, '--data', '@../outside.json'], message: /leads outside the working directory/ },
  { name: '@file through a symlink leaving the directory', args: [...send, '--data', '@linked.json'], message: /resolves \(through a symbolic link\) outside/ },
  // identities and risk
  { name: 'user-only method as bot', args: ['im', 'messages', 'search', '--data', '{"query":"hi"}', '--as', 'bot'], message: /im.messages.search cannot be called as bot: it supports only user identity/ },
  { name: 'bot-only method as user', args: ['im', 'messages', 'merge_forward', '--receive-id-type', 'chat_id', '--data', '{"receive_id":"oc_project","message_id_list":["om_hello"]}', '--as', 'user'], message: /cannot be called as user: it supports only bot identity/ },
  { name: 'recall without --yes', args: ['im', 'messages', 'delete', '--message-id', 'om_hello'], message: /high-risk write.*needs --yes/ },
  { name: 'chat delete without --yes', args: ['im', 'chats', 'delete', '--chat-id', 'oc_project'], message: /needs --yes/ },
  { name: 'user call without a login', exit: 3, args: ['im', 'messages', 'search', '--data', '{"query":"hi"}'], message: /needs a user login/ },
  // The p2p lookup --user-id brings in needs im:chat:read: checked before anything is sent.
  { name: 'a flag that calls another method needs that method\'s scope', exit: 3, args: ['im', '+chat-messages-list', '--user-id', 'ou_bob', '--as', 'user'], env: () => ({ LARKSUITE_CLI_CONFIG_DIR: readerConfig }), message: /needs the user scope im:chat:read, which the stored login has not granted/ },
  { name: 'user login missing a scope', exit: 3, args: ['im', 'messages', 'search', '--data', '{"query":"hi"}'], env: () => ({ LARKSUITE_CLI_CONFIG_DIR: narrowConfig }), message: /needs the user scope search:message/ },
  { name: 'bot call without app credentials', exit: 3, args: ['im', 'chats', 'list'], env: () => ({ LARKSUITE_CLI_APP_ID: undefined, LARKSUITE_CLI_APP_SECRET: undefined }), message: /No app credentials are configured/ },
  { name: 'unknown profile', exit: 3, args: ['im', 'chats', 'list', '--profile', 'nope'], env: () => ({ LARKSUITE_CLI_APP_ID: undefined }), message: /There is no profile "nope"/ },
  // files
  { name: 'path traversal in -o', args: ['im', 'images', 'get', '--image-key', 'img_logo', '-o', '../logo.png'], message: /leads outside the working directory/ },
  { name: '-o with a ".." segment that comes back inside', args: ['im', 'images', 'get', '--image-key', 'img_logo', '-o', 'a/../logo.png'], message: /contains a "\.\." segment/ },
  { name: '@file with a ".." segment', args: [...send, '--data', '@a/../big.png'], message: /contains a "\.\." segment/ },
  { name: 'absolute -o', args: ['im', 'images', 'get', '--image-key', 'img_logo', '-o', '/tmp/logo.png'], message: /absolute paths are not accepted/ },
  { name: '-o through a symlinked folder', args: ['im', 'images', 'get', '--image-key', 'img_logo', '-o', 'escape/logo.png'], message: /resolves \(through a symbolic link\) outside/ },
  { name: '-o on a JSON method', args: ['im', 'chats', 'get', '--chat-id', 'oc_general', '-o', 'chat.json'], message: /-o\/--output does not apply/ },
  { name: 'binary method without -o', args: ['im', 'images', 'get', '--image-key', 'img_logo'], message: /say where to write it with -o PATH/ },
  { name: 'oversize upload', args: ['im', 'images', 'create', '--image-type', 'message', '--file', 'big.png'], message: /big.png is 10 MB, over the 10 MB limit/ },
  { name: 'empty upload', args: ['im', 'images', 'create', '--image-type', 'message', '--file', 'empty.png'], message: /is empty/ },
  { name: 'upload from outside the directory', args: ['im', 'images', 'create', '--image-type', 'message', '--file', 'image=../ok.png'], message: /leads outside the working directory/ },
  { name: 'unknown multipart field', args: ['im', 'images', 'create', '--image-type', 'message', '--file', 'picture=ok.png'], message: /has no file field "picture"/ },
  { name: 'missing required file', args: ['im', 'images', 'create', '--image-type', 'message'], message: /data.image is a required file/ },
  { name: '--file on a JSON method', args: [...send, '--content', '{"text":"hi"}', '--file', 'ok.png'], message: /--file does not apply/ },
  { name: '--page-all on a method without pages', args: ['im', 'chats', 'get', '--chat-id', 'oc_general', '--page-all'], message: /is not paginated/ },
  // api, schema, completion
  { name: 'api with an unknown HTTP method', args: ['api', 'FETCH', '/open-apis/im/v1/chats'], message: /"FETCH" is not an HTTP method/ },
  { name: 'api with a full URL', args: ['api', 'GET', 'https://example.com/open-apis/im/v1/chats'], message: /api takes a path, not a URL/ },
  { name: 'api path with ..', args: ['api', 'GET', '/open-apis/im/v1/../../admin'], message: /is refused/ },
  { name: 'api GET with a body', args: ['api', 'GET', '/open-apis/im/v1/unknown_thing', '--data', '{}'], message: /A GET request has no body/ },
  { name: 'api on a specified method checks its spec', args: ['api', 'POST', '/open-apis/im/v1/messages', '--data', '{"receive_id":"oc_general"}'], message: /receive_id_type is required/ },
  { name: 'schema of an unknown id', args: ['schema', 'im.messages.creat'], message: /No method or shortcut "im.messages.creat".*Did you mean "im.messages.create"/ },
  { name: 'completion for an unknown shell', args: ['completion', 'powershell'], message: /No completion for "powershell"/ },
  { name: 'auth login with an unknown scope', args: ['auth', 'login', '--scope', 'im:mesage'], message: /Unknown scope "im:mesage".*Did you mean "im:message"/ },
  // shortcuts: flags and rules from the spec
  { name: 'shortcut exactlyOne violated', args: ['im', '+messages-send', '--chat-id', 'oc_general', '--user-id', 'ou_alice', '--text', 'hi'], message: /--chat-id and --user-id cannot be combined/ },
  { name: 'shortcut exactlyOne missing', args: ['im', '+messages-send', '--chat-id', 'oc_general'], message: /Give exactly one content flag/ },
  { name: 'shortcut atLeastOne missing', args: ['im', '+chat-update', '--chat-id', 'oc_general'], message: /--name|at least one/i },
  { name: 'shortcut required flag missing', args: ['im', '+chat-update', '--name', 'New name'], message: /needs --chat-id/ },
  { name: 'shortcut enum value', args: ['im', '+messages-send', '--chat-id', 'oc_general', '--content', '{}', '--msg-type', 'card'], message: /--msg-type must be one of/ },
  { name: 'shortcut pattern', args: ['im', '+messages-send', '--chat-id', 'general', '--text', 'hi'], message: /--chat-id "general" does not have the expected form/ },
  { name: 'shortcut length limit', args: ['im', '+messages-send', '--chat-id', 'oc_general', '--text', 'hi', '--idempotency-key', long(51)], message: /--idempotency-key takes at most 50 characters/ },
  { name: 'shortcut list too long', args: ['im', '+messages-mget', '--message-ids', Array.from({ length: 51 }, (_, i) => `om_${i}`).join(','), '--as', 'bot'], message: /--message-ids takes at most 50 values/ },
  { name: 'shortcut identity-only flag', args: ['im', '+chat-messages-list', '--user-id', 'ou_alice', '--as', 'bot'], message: /--user-id works only with the user identity/ },
  { name: 'shortcut differ rule', args: ['im', '+messages-search', '--query', 'hi', '--sender-type', 'user', '--exclude-sender-type', 'user'], message: /must differ/ },
  { name: 'shortcut output path traversal', args: ['im', '+messages-resources-download', '--message-id', 'om_file', '--file-key', 'file_report', '--type', 'file', '--output', '../report.pdf'], message: /--output "..\/report.pdf" is refused/ },
  { name: 'shortcut @file that does not exist', args: ['im', '+messages-send', '--chat-id', 'oc_general', '--text', '@missing.txt'], message: /cannot find the file "missing.txt"/ },
];

describe('bad input is refused before anything is sent', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  // Every case runs through the CLI's main() here; every sixteenth also as the built CLI in a
  // process of its own (the reliability suite's argv fuzzing runs hundreds more that way).
  it.each(cases.map((c, i) => [c.name, c, i % 16 === 0] as const))('%s', async (_name, c, asChild) => {
    const before = await env.lastRequestId();
    const r = await (asChild ? env.spawn : env.run)(c.args, { ...(c.env ? { env: c.env() } : {}), ...(c.input !== undefined ? { input: c.input } : {}) });
    expect(r.code, `stderr: ${r.stderr}`).toBe(c.exit ?? 2);
    const e = errorOf(r);
    expect(e.ok).toBe(false);
    expect(e.error.message, JSON.stringify(e)).toMatch(c.message);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // never a stack trace
    expect(await env.lastRequestId()).toBe(before);
  });
});
