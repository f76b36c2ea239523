import { GLOBAL_FLAGS as GLOBAL_FLAGS_TABLE, globalFlag, globalFlagsOf, type GlobalFlag } from '@larkgen/spec/global-flags';
import type { Method, SpecModel } from '@larkgen/spec';

/** What the completion scripts need to know about a method's typed flags. */
interface FlagInfo {
  readonly flag: string;
  readonly kind: string;
  readonly enum?: readonly (string | number)[];
  readonly help: string;
}

interface ServiceInfo {
  readonly name: string;
  readonly title: string;
  readonly resources: readonly { readonly name: string; readonly description: string; readonly methods: readonly { readonly name: string; readonly summary: string }[] }[];
  readonly shortcuts: readonly { readonly command: string; readonly summary: string }[];
}

interface Word {
  readonly word: string;
  readonly help: string;
}

interface FlagWord extends Word {
  /** Takes a value: its completions ('' = free text, 'FILE' = a path). */
  readonly values?: readonly string[] | 'FILE' | 'TEXT';
}

/** A global flag (the one table in `@larkgen/spec/global-flags`) as a completion word. */
const asWord = (f: GlobalFlag): FlagWord => ({ word: `--${f.name}`, help: f.help, ...(f.value ? { values: f.choices ?? f.complete ?? 'TEXT' } : {}) });
const GLOBAL_FLAGS: readonly FlagWord[] = [...globalFlagsOf('call'), ...globalFlagsOf('common')].map(asWord);
const API_FLAGS: readonly FlagWord[] = globalFlagsOf('api').map(asWord);
const YES_FLAG: FlagWord = asWord(globalFlag('yes'));

const BUILTINS: readonly Word[] = [
  { word: 'api', help: 'Call any Open API path' },
  { word: 'schema', help: 'Show what a method takes and returns' },
  { word: 'completion', help: 'Print a shell completion script' },
  { word: 'config', help: 'Set up the app credentials and profiles' },
  { word: 'auth', help: 'Log in as a user and manage user tokens' },
  { word: 'mcp', help: 'Serve the API to MCP clients (AI agents)' },
];

const SUBCOMMANDS: Readonly<Record<string, readonly Word[]>> = {
  completion: [{ word: 'bash', help: 'Bash' }, { word: 'zsh', help: 'Zsh' }, { word: 'fish', help: 'Fish' }],
  config: [
    { word: 'init', help: 'Create or update a profile' },
    { word: 'show', help: 'Show the configuration, secrets masked' },
    { word: 'profiles', help: 'List the profiles' },
    { word: 'use', help: 'Make a profile the default' },
    { word: 'remove', help: 'Delete a profile and its tokens' },
  ],
  auth: [
    { word: 'login', help: 'Log in as a user (OAuth device flow)' },
    { word: 'status', help: 'Show the stored user login' },
    { word: 'check', help: 'Exit 0 when the user token has the scopes' },
    { word: 'scopes', help: 'List the scopes and which are granted' },
    { word: 'logout', help: 'Forget the stored user tokens' },
  ],
  api: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((m) => ({ word: m, help: `HTTP ${m}` })),
};

const SUB_FLAGS: Readonly<Record<string, readonly FlagWord[]>> = {
  'config init': [
    { word: '--app-id', help: 'App id (cli_…)', values: 'TEXT' },
    { word: '--app-secret-stdin', help: 'Read the app secret from standard input' },
    { word: '--brand', help: 'feishu or lark', values: ['feishu', 'lark'] },
    { word: '--name', help: 'Profile name', values: 'TEXT' },
    { word: '--default-as', help: 'Default identity', values: ['user', 'bot', 'auto'] },
  ],
  'auth login': [
    { word: '--scope', help: 'Scopes to request, space separated', values: 'TEXT' },
    { word: '--domain', help: 'Request every user scope of a service', values: 'TEXT' },
    { word: '--recommend', help: 'Request the recommended scopes' },
    { word: '--no-wait', help: 'Print the verification link and exit' },
    { word: '--device-code', help: 'Finish a login started with --no-wait', values: 'TEXT' },
  ],
  'auth check': [{ word: '--scope', help: 'Scopes that must be granted', values: 'TEXT' }],
  schema: [{ word: '--format', help: 'pretty or json', values: ['pretty', 'json'] }],
  mcp: [
    { word: '--transport', help: 'stdio or Streamable HTTP', values: ['stdio', 'http'] },
    { word: '--port', help: 'HTTP port on 127.0.0.1', values: 'TEXT' },
    { word: '--tools', help: 'Presets and tool names, comma separated', values: 'TEXT' },
    { word: '--tool-case', help: 'How tool names are written', values: ['snake', 'camel', 'kebab', 'dot'] },
    { word: '--allow-high-risk', help: 'Also offer the high-risk tools' },
    { word: '--files-root', help: 'Folder for uploads and downloads', values: 'TEXT' },
    { word: '--list-tools', help: 'Print the selected tool names and exit' },
  ],
};

/** Shell-completion scripts for bash, zsh and fish, from the command tree and every method's flags. */
export function renderCompletions(
  model: SpecModel,
  services: readonly ServiceInfo[],
  flagsOf: (m: Method) => readonly FlagInfo[],
): Record<'bash' | 'zsh' | 'fish', string> {
  // The completion table: a command path → the words that may follow, and its flags.
  const words = new Map<string, Word[]>();
  const flags = new Map<string, FlagWord[]>();
  words.set('', [...services.map((s) => ({ word: s.name, help: s.title })), ...BUILTINS]);
  for (const [k, v] of Object.entries(SUBCOMMANDS)) words.set(k, [...v]);
  for (const [k, v] of Object.entries(SUB_FLAGS)) flags.set(k, [...v, ...GLOBAL_FLAGS]);
  words.set('schema', model.methods.map((m) => ({ word: m.id, help: m.summary })));
  flags.set('api', [...API_FLAGS, ...GLOBAL_FLAGS]);
  const byId = new Map(model.methods.map((m) => [m.id, m]));
  for (const s of services) {
    words.set(s.name, [
      ...s.resources.map((r) => ({ word: r.name, help: r.description })),
      ...s.shortcuts.map((sc) => ({ word: sc.command, help: sc.summary })),
    ]);
    for (const r of s.resources) {
      words.set(`${s.name} ${r.name}`, r.methods.map((m) => ({ word: m.name, help: m.summary })));
      for (const mi of r.methods) {
        const m = byId.get(`${s.name}.${r.name}.${mi.name}`)!;
        const own: FlagWord[] = flagsOf(m)
          .filter((f) => f.flag !== 'file')
          .map((f) => ({
            word: `--${f.flag}`,
            help: f.help,
            ...(f.kind === 'boolean' ? {} : { values: f.enum ? f.enum.map(String) : f.kind === 'file' ? 'FILE' : 'TEXT' }),
          }));
        flags.set(`${s.name} ${r.name} ${mi.name}`, [...own, ...API_FLAGS, ...GLOBAL_FLAGS]);
      }
    }
    const svc = model.services.find((x) => x.name === s.name)!;
    for (const sc of svc.shortcuts) {
      const own: FlagWord[] = Object.values(sc.flags).filter((f) => !f.hidden).map((f) => ({
        word: `--${f.name}`,
        help: f.description,
        ...(f.type === 'boolean' ? {} : { values: f.enum ? [...f.enum] : f.type === 'path' ? 'FILE' : 'TEXT' }),
      }));
      const names = new Set(own.map((f) => f.word));
      const extra = [...GLOBAL_FLAGS, ...(sc.risk === 'high-risk-write' ? [YES_FLAG] : [])];
      flags.set(`${s.name} ${sc.command}`, [...own, ...extra.filter((f) => !names.has(f.word))]);
    }
  }
  // Flags that take a value wherever they appear (so their value is not read as a command word).
  const valueFlags = new Set<string>(GLOBAL_FLAGS_TABLE.filter((f) => f.value && f.short).map((f) => `-${f.short}`));
  for (const list of flags.values()) for (const f of list) if (f.values) valueFlags.add(f.word);
  const ctx: Ctx = { words, flags, valueFlags: [...valueFlags].sort() };
  return { bash: bash(ctx), zsh: zsh(ctx), fish: fish(ctx) };
}

interface Ctx {
  readonly words: Map<string, Word[]>;
  readonly flags: Map<string, FlagWord[]>;
  readonly valueFlags: readonly string[];
}

const short = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  const cut = one.length > 70 ? one.slice(0, 69).replace(/\s+\S*$/, '') + '…' : one;
  return cut;
};
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const dq = (s: string) => `"${s.replace(/(["\\$`])/g, '\\$1')}"`;

/** The shared rule that finds the command path among the words typed so far. */
function pathLoopPosix(valueFlags: readonly string[], first: string, lastExpr: string, word: string): string {
  return [
    `  local cmdpath="" n=0 skip=0 w i`,
    `  for ((i=${first}; i<${lastExpr}; i++)); do`,
    `    w="${word}"`,
    `    if ((skip)); then skip=0; continue; fi`,
    `    case "$w" in`,
    `      --*=*) ;;`,
    `      ${valueFlags.join('|')}) skip=1 ;;`,
    `      -*) ;;`,
    `      *)`,
    `        if ((n < 3)); then`,
    `          cmdpath="\${cmdpath:+$cmdpath }$w"; n=$((n + 1))`,
    `          case "$w" in +*) n=3 ;; esac`,
    `          case "$cmdpath" in schema|completion|"api "*|"config "*|"auth "*) n=3 ;; esac`,
    `        fi ;;`,
    `    esac`,
    `  done`,
  ].join('\n');
}

function bash(c: Ctx): string {
  const L: string[] = [];
  L.push('# lark-cli completion for bash. Load it with: source <(lark-cli completion bash)');
  L.push('_lark_cli() {');
  L.push('  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" words=""');
  L.push(pathLoopPosix(c.valueFlags, '1', 'COMP_CWORD', '${COMP_WORDS[i]}'));
  L.push('  if [[ "$cur" == -* ]]; then');
  L.push('    case "$cmdpath" in');
  for (const [k, list] of sorted(c.flags)) L.push(`      ${dq(k)}) words=${dq(list.map((f) => f.word).join(' '))} ;;`);
  L.push(`      *) words=${dq(GLOBAL_FLAGS.map((f) => f.word).join(' '))} ;;`);
  L.push('    esac');
  L.push('  else');
  L.push('    case "$prev" in');
  L.push('      -o|--output|--file) COMPREPLY=($(compgen -f -- "$cur")); return ;;');
  L.push('    esac');
  L.push('    case "$cmdpath $prev" in');
  for (const [k, list] of sorted(c.flags)) {
    for (const f of list) if (Array.isArray(f.values)) L.push(`      ${dq(`${k} ${f.word}`)}) words=${dq(f.values.join(' '))} ;;`);
  }
  L.push('    esac');
  L.push('    case "$prev" in');
  for (const f of GLOBAL_FLAGS) if (Array.isArray(f.values)) L.push(`      ${f.word}) [[ -z "$words" ]] && words=${dq(f.values.join(' '))} ;;`);
  L.push(`      ${c.valueFlags.join('|')}) ;;`);
  L.push('      *)');
  L.push('        if [[ -z "$words" ]]; then');
  L.push('          case "$cmdpath" in');
  for (const [k, list] of sorted(c.words)) L.push(`            ${dq(k)}) words=${dq(list.map((w) => w.word).join(' '))} ;;`);
  L.push('          esac');
  L.push('        fi ;;');
  L.push('    esac');
  L.push('  fi');
  L.push('  COMPREPLY=($(compgen -W "$words" -- "$cur"))');
  L.push('}');
  L.push('complete -F _lark_cli lark-cli');
  return L.join('\n') + '\n';
}

function zsh(c: Ctx): string {
  const item = (w: Word) => sq(`${w.word.replace(/:/g, '\\:')}:${short(w.help)}`);
  const L: string[] = [];
  L.push('#compdef lark-cli');
  L.push('# lark-cli completion for zsh. Load it with: source <(lark-cli completion zsh)');
  L.push('_lark_cli() {');
  L.push('  local cur="${words[CURRENT]}" prev="${words[CURRENT-1]}"');
  L.push('  local -a items');
  L.push(pathLoopPosix(c.valueFlags, '2', 'CURRENT', '${words[i]}'));
  L.push('  if [[ "$cur" == -* ]]; then');
  L.push('    case "$cmdpath" in');
  for (const [k, list] of sorted(c.flags)) L.push(`      ${dq(k)}) items=(${list.map(item).join(' ')}) ;;`);
  L.push(`      *) items=(${GLOBAL_FLAGS.map(item).join(' ')}) ;;`);
  L.push('    esac');
  L.push("    _describe -t flags 'flag' items");
  L.push('    return');
  L.push('  fi');
  L.push('  case "$prev" in');
  L.push('    -o|--output|--file) _files; return ;;');
  L.push('  esac');
  L.push('  case "$cmdpath $prev" in');
  for (const [k, list] of sorted(c.flags)) {
    for (const f of list) if (Array.isArray(f.values)) L.push(`    ${dq(`${k} ${f.word}`)}) compadd -- ${f.values.map(sq).join(' ')}; return ;;`);
  }
  L.push('  esac');
  L.push('  case "$prev" in');
  for (const f of GLOBAL_FLAGS) if (Array.isArray(f.values)) L.push(`    ${f.word}) compadd -- ${f.values.map(sq).join(' ')}; return ;;`);
  L.push(`    ${c.valueFlags.join('|')}) return ;;`);
  L.push('  esac');
  L.push('  case "$cmdpath" in');
  for (const [k, list] of sorted(c.words)) L.push(`    ${dq(k)}) items=(${list.map(item).join(' ')}) ;;`);
  L.push('  esac');
  L.push("  (( ${#items} )) && _describe -t commands 'command' items");
  L.push('}');
  L.push('compdef _lark_cli lark-cli');
  return L.join('\n') + '\n';
}

function fish(c: Ctx): string {
  const L: string[] = [];
  L.push('# lark-cli completion for fish. Load it with: lark-cli completion fish | source');
  L.push('function __lark_cli_path');
  L.push('    set -l out');
  L.push('    set -l skip 0');
  L.push('    set -l n 0');
  L.push('    for w in (commandline -opc)[2..-1]');
  L.push('        if test $skip = 1');
  L.push('            set skip 0');
  L.push('            continue');
  L.push('        end');
  L.push('        switch $w');
  L.push("            case '--*=*'");
  L.push(`            case ${c.valueFlags.map(sq).join(' ')}`);
  L.push('                set skip 1');
  L.push("            case '-*'");
  L.push("            case '*'");
  L.push('                if test $n -lt 3');
  L.push('                    set out $out $w');
  L.push('                    set n (math $n + 1)');
  L.push("                    if string match -q -- '+*' $w; set n 3; end");
  L.push("                    if contains -- $out[1] schema completion api config auth; and test (count $out) -ge 2; set n 3; end");
  L.push("                    if contains -- $out[1] schema completion; set n 3; end");
  L.push('                end');
  L.push('        end');
  L.push('    end');
  L.push("    string join ' ' -- $out");
  L.push('end');
  L.push('function __lark_cli_at');
  L.push('    set -l p (__lark_cli_path)');
  L.push('    test "$p" = "$argv"');
  L.push('end');
  L.push('complete -c lark-cli -f');
  for (const [k, list] of sorted(c.words)) {
    for (const w of list) L.push(`complete -c lark-cli -n ${sq(`__lark_cli_at "${k}"`)} -a ${sq(w.word)} -d ${sq(short(w.help))}`);
  }
  for (const [k, list] of sorted(c.flags)) {
    for (const f of list) {
      const name = f.word.replace(/^--/, '');
      const parts = [`complete -c lark-cli -n ${sq(`__lark_cli_at "${k}"`)} -l ${name}`];
      if (f.values === 'FILE') parts.push('-r -F');
      else if (Array.isArray(f.values)) parts.push(`-x -a ${sq(f.values.join(' '))}`);
      else if (f.values) parts.push('-x');
      parts.push(`-d ${sq(short(f.help))}`);
      L.push(parts.join(' '));
    }
  }
  L.push("complete -c lark-cli -s o -r -F -d 'Write a binary answer to this relative path'");
  return L.join('\n') + '\n';
}

function sorted<V>(m: Map<string, V>): [string, V][] {
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
