import type { SpecModel } from '@larkgen/spec';
import { withHeader, type GeneratedFile, type Generator } from '../core/files.js';
import { allTools, presets } from './tools.js';
import { mcpSkillPage, mcpToolsPage, TOOLS_PAGE } from './docs.js';

export const MCP_GENERATED_DIR = 'packages/cli/src/mcp/generated/';
export const MCP_DOCS_DIR = 'packages/skills/lark-mcp/';

/**
 * `lark-cli mcp`'s tool table (one definition per method and per shortcut, and the presets)
 * and its skill, `lark-mcp`: SKILL.md (setup and flags) and the tools of every preset. The
 * runtime (packages/cli/src/mcp) only reads the table.
 */
export const mcpGenerator: Generator<SpecModel> = {
  name: 'mcp',
  owns: [MCP_GENERATED_DIR, MCP_DOCS_DIR],
  generate(model) {
    const tools = allTools(model);
    const sets = presets(model, tools);
    const table = `${MCP_GENERATED_DIR}tools.ts`;
    const body = [
      `import type { McpTool } from '../types.js';`,
      '',
      '/** Every tool: shortcuts first, then methods, each sorted by name. */',
      'export const tools: readonly McpTool[] = [',
      ...tools.map((t) => `  ${JSON.stringify(t)},`),
      '];',
      '',
      '/** The presets, as dotted tool names. */',
      `export const presets: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(sets, null, 2)};`,
      '',
    ].join('\n');
    const skill = `${MCP_DOCS_DIR}SKILL.md`;
    const toolsPage = `${MCP_DOCS_DIR}${TOOLS_PAGE}`;
    const files: GeneratedFile[] = [
      { path: table, content: withHeader(table, model.files, body) },
      { path: skill, content: withHeader(skill, model.files.filter((f) => f.endsWith('service.yaml')), mcpSkillPage()) },
      { path: toolsPage, content: withHeader(toolsPage, model.files, mcpToolsPage(model, tools, sets)) },
    ];
    return files;
  },
};
