#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startEmulator } from './server.js';
import type { EmulatorOptions } from './options.js';

const HELP = `lark-emulator: a local, stateful emulator of the Lark / Feishu IM Open API

Usage: lark-emulator [options]

  --port N            port on 127.0.0.1 (default 8787; 0 picks a free port)
  --host ADDR         address to listen on (default 127.0.0.1)
  --data FILE         keep the state in FILE (loaded at start, saved after changes)
  --seed demo|empty   starting data when there is no state file (default demo)
  --token-ttl SEC     lifetime of tenant access tokens (default 7200)
  --user-token-ttl SEC  lifetime of user access tokens (default 7200)
  --scopes A,B,...    scopes the app has enabled (default: all scopes in the spec)
  --auto-approve [OPEN_ID]  approve device sign-ins at once (as ou_alice by default)
  --poll-interval SEC polling interval announced for device codes (default 5)
  --rate-limits       enforce each method's documented rate limits
  --latency MS        add this delay to every API answer
  --error-rate R      answer this share (0..1) of API calls with HTTP 500
  --drop-rate R       close this share (0..1) of connections without an answer
  --brand feishu|lark console host named in scope errors (default feishu)
  --webhook-url URL   deliver events by POSTing them to URL (default: over the long connection)
  --encrypt-key KEY   encrypt and sign webhook deliveries with KEY (or env LARK_EMULATOR_ENCRYPT_KEY)
  --verification-token T  the token every event carries (default demo-verification-token)
  --verbose           print one line per request
  -h, --help          show this help
`;

/**
 * The parser's options, read from HELP so that the two cannot disagree: `--name VALUE` takes a
 * string, `--name` alone is a switch, `-x, --name` has a short form.
 */
const OPTIONS = Object.fromEntries(
  [...HELP.matchAll(/^ {2}(?:-(\w), )?--([\w-]+)( \S)?/gm)].map(([, short, name, value]) => [name!, { type: value ? ('string' as const) : ('boolean' as const), ...(short ? { short } : {}) }]),
);

function num(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    process.stderr.write(`lark-emulator: --${name} needs a non-negative number, got "${v}"\n`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: OPTIONS,
      allowPositionals: false,
      strict: true,
    });
  } catch (e) {
    process.stderr.write(`lark-emulator: ${(e as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  const given = args.values;
  const v = (name: string): string | undefined => (typeof given[name] === 'string' ? given[name] : undefined);
  const on = (name: string): boolean => given[name] === true;
  if (on('help')) {
    process.stdout.write(HELP);
    return;
  }
  const seed = v('seed');
  if (seed !== undefined && seed !== 'demo' && seed !== 'empty') {
    process.stderr.write('lark-emulator: --seed is demo or empty\n');
    process.exit(2);
  }
  const webhookUrl = v('webhook-url');
  if (webhookUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(webhookUrl)) {
    process.stderr.write(`lark-emulator: --webhook-url needs an http(s) URL, got "${webhookUrl}"\n`);
    process.exit(2);
  }
  const approveAs = v('auto-approve');
  const autoApprove = process.argv.includes('--auto-approve') ? (approveAs && !approveAs.startsWith('-') ? approveAs : true) : undefined;
  const scopes = v('scopes');
  const opts: EmulatorOptions = {
    port: num(v('port'), 'port') ?? 8787,
    host: v('host'),
    dataFile: v('data'),
    seed,
    tokenTtlSeconds: num(v('token-ttl'), 'token-ttl'),
    userTokenTtlSeconds: num(v('user-token-ttl'), 'user-token-ttl'),
    enabledScopes: scopes ? scopes.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    autoApproveDevice: autoApprove,
    devicePollIntervalSeconds: num(v('poll-interval'), 'poll-interval'),
    rateLimits: on('rate-limits') ? { fromSpec: true } : undefined,
    faults: {
      latencyMs: num(v('latency'), 'latency'),
      errorRate: num(v('error-rate'), 'error-rate'),
      dropRate: num(v('drop-rate'), 'drop-rate'),
    },
    brand: v('brand') === 'lark' ? 'lark' : 'feishu',
    events: {
      webhookUrl,
      encryptKey: v('encrypt-key') ?? process.env.LARK_EMULATOR_ENCRYPT_KEY,
      verificationToken: v('verification-token'),
    },
    log: on('verbose') ? (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`) : undefined,
  };
  let emu;
  try {
    emu = await startEmulator(opts);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(
      err.code === 'EADDRINUSE' ? `lark-emulator: port ${opts.port} is in use; pick another with --port (0 = any free port)\n` : `lark-emulator: ${err.message}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(
    [
      `Lark IM emulator listening on ${emu.url}`,
      `  app id:      ${emu.appId}`,
      `  app secret:  ${emu.appSecret}`,
      `  base URL:    ${emu.url}   (SDK: new lark.Client({ appId, appSecret, domain: '${emu.url}' }))`,
      `  console:     ${emu.consoleUrl}   (open it in a browser: the tenant, its chats, act as a user, event and request logs)`,
      `  admin API:   ${emu.url}/__emulator`,
      `  events:      ${webhookUrl ? `webhook ${webhookUrl}` : `long connection (WSClient domain: '${emu.url}')`}; act as a user: POST ${emu.url}/__emulator/act`,
      `  methods:     ${emu.emulated.length} emulated${emu.notEmulated.length ? `, ${emu.notEmulated.length} not emulated` : ''}`,
      opts.dataFile ? `  state file:  ${opts.dataFile}` : '  state:       in memory (use --data FILE to keep it)',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await emu.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
