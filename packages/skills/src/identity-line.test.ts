/**
 * Every shortcut and method page says which identity the command runs as without `--as` (its
 * **Identity** line). Here each page's first example is dry-run through the CLI with `--as` taken
 * out, with and without a user login and with a configured default identity, and the identity the
 * CLI picked must be the one the page promised.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '@larkgen/emulator';
import { runInProcess } from '../../cli/test/in-process.js';
import { shellArgv } from './shell-argv.js';

const refs = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), 'lark-im', 'references');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082', 'hex');

type Identity = 'bot' | 'user';
interface State { readonly name: string; readonly loggedIn: boolean; readonly configured?: Identity }
const STATES: readonly State[] = [
  { name: 'nobody logged in', loggedIn: false },
  { name: 'a user logged in', loggedIn: true },
  { name: 'logged in, default bot configured', loggedIn: true, configured: 'bot' },
  { name: 'nobody logged in, default user configured', loggedIn: false, configured: 'user' },
];

/** The identity a page's line promises in a state; the four wordings the generator writes, and no other. */
function promised(line: string, s: State): Identity {
  const only = /^`(bot|user)` only[.:]/.exec(line);
  if (only) return only[1] as Identity;
  if (line === '`bot`, unless `--as` or a configured default identity says otherwise.') return s.configured ?? 'bot';
  if (line === '`user` while a user is logged in, else `bot`, unless `--as` or a configured default identity says otherwise.') return s.configured ?? (s.loggedIn ? 'user' : 'bot');
  throw new Error(`unknown Identity line: ${line}`);
}

const pages = [
  ...fs.readdirSync(refs).filter((f) => /^lark-im-.+\.md$/.test(f)).map((f) => path.join(refs, f)),
  ...fs.readdirSync(path.join(refs, 'api')).map((f) => path.join(refs, 'api', f)),
]
  .map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const line = /^- \*\*Identity:\*\* (.+)$/m.exec(text)?.[1];
    const example = /```bash\n(lark-cli [^\n]+)\n/.exec(text)?.[1];
    return { page: path.relative(refs, file), line, example: example?.replace(/ --as (bot|user)\b/, '') };
  })
  .filter((p) => p.line !== undefined || !/^lark-im-(tasks|cards)\.md$/.test(p.page));

let argvs: Map<string, string[]>;
let cwd: string;
beforeAll(() => {
  const commands = pages.map((p) => p.example).filter((c): c is string => !!c);
  argvs = new Map(shellArgv(commands).map((argv, i) => [commands[i]!, argv]));
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-identity-'));
  fs.writeFileSync(path.join(cwd, 'logo.png'), PNG);
  fs.writeFileSync(path.join(cwd, 'report.pdf'), '%PDF-1.4\n% a tiny report\n');
  fs.writeFileSync(path.join(cwd, 'note.opus'), Buffer.from('OggS'));
  fs.mkdirSync(path.join(cwd, 'downloads'));
});

describe('the Identity line of every command page', () => {
  it('is on every shortcut and method page, with an example to try it on', () => {
    expect(pages.length).toBeGreaterThanOrEqual(120);
    for (const p of pages) {
      expect(p.line, p.page).toBeDefined();
      expect(p.example, p.page).toBeDefined();
    }
  });

  it.each(pages.map((p) => [p.page, p] as const))('%s: the CLI picks what the page says', async (_page, p) => {
    for (const s of STATES) {
      const env: Record<string, string> = {
        HOME: cwd,
        NO_COLOR: '1',
        LARKSUITE_CLI_CONFIG_DIR: path.join(cwd, '.lark-cli'),
        LARKSUITE_CLI_APP_ID: DEMO_APP_ID,
        LARKSUITE_CLI_APP_SECRET: DEMO_APP_SECRET,
        // A dry run sends nothing: nothing listens here.
        LARKSUITE_CLI_BASE_URL: 'http://127.0.0.1:9',
        ...(s.loggedIn ? { LARKSUITE_CLI_USER_ACCESS_TOKEN: 'u-identity-test' } : {}),
        ...(s.configured ? { LARKSUITE_CLI_DEFAULT_AS: s.configured } : {}),
      };
      const r = await runInProcess([...argvs.get(p.example!)!, '--dry-run'], { env, cwd });
      expect(r.code, `${s.name}: ${p.example}\n${r.stderr.slice(0, 400)}`).toBe(0);
      expect((JSON.parse(r.stdout) as { identity: string }).identity, `${s.name}: ${p.example}`).toBe(promised(p.line!, s));
    }
  });
});
