/**
 * Which tools the server offers and under which names: presets and tool names from `--tools`
 * (any case), high-risk tools only with `--allow-high-risk`, and `--as` hiding the tools that
 * cannot run as the fixed identity.
 */
import { CliError } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import type { Identity, McpTool } from './types.js';

export const TOOL_CASES = ['snake', 'camel', 'kebab', 'dot'] as const;
export type ToolCase = (typeof TOOL_CASES)[number];

/** The official server's renderings of a dotted name: `im.v1.chatMembers.get` → `im_v1_chatMembers_get`, `imV1ChatMembersGet`, … */
export function renderName(dotted: string, c: ToolCase): string {
  if (c === 'dot') return dotted;
  if (c === 'kebab') return dotted.replace(/\./g, '-');
  const snake = dotted.replace(/\./g, '_');
  return c === 'snake' ? snake : snake.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase());
}

export interface Selection {
  readonly tools: readonly McpTool[];
  /** High-risk tools the selection named but `--allow-high-risk` was not given for. */
  readonly heldBack: readonly string[];
  /** Tools the selection named that cannot run as the fixed `--as` identity. */
  readonly hidden: readonly string[];
}

export interface SelectOptions {
  readonly tools: readonly McpTool[];
  readonly presets: Readonly<Record<string, readonly string[]>>;
  /** Preset names and tool names (dotted or in any case); empty means `im.default`. */
  readonly requested: readonly string[];
  readonly allowHighRisk: boolean;
  readonly as: Identity | 'auto';
}

export function selectTools(o: SelectOptions): Selection {
  const byAnyName = new Map<string, McpTool>();
  for (const t of o.tools) for (const c of TOOL_CASES) byAnyName.set(renderName(t.name, c), t);
  const wanted = new Set<McpTool>();
  const requested = o.requested.length ? o.requested : ['im.default'];
  for (const raw of requested) {
    const word = raw.replace(/^preset\./, '');
    const preset = o.presets[word];
    if (preset) {
      for (const n of preset) wanted.add(byAnyName.get(n)!);
      continue;
    }
    const t = byAnyName.get(word);
    if (!t) {
      const near = closest(word, [...Object.keys(o.presets), ...o.tools.map((x) => renderName(x.name, 'snake'))]);
      throw new CliError('validation', `--tools: "${raw}" is neither a preset nor a tool.${near.length ? ` Did you mean "${near[0]}"?` : ''}`, {
        hint: `Presets: ${Object.keys(o.presets).join(', ')}. Tool names are listed by \`lark-cli mcp --list-tools\`.`,
      });
    }
    wanted.add(t);
  }
  const heldBack: string[] = [];
  const hidden: string[] = [];
  const tools = o.tools.filter((t) => {
    if (!wanted.has(t)) return false;
    if (t.risk === 'high-risk-write' && !o.allowHighRisk) return void heldBack.push(t.name), false;
    if (o.as !== 'auto' && !t.identities.includes(o.as)) return void hidden.push(t.name), false;
    return true;
  });
  return { tools, heldBack, hidden };
}
