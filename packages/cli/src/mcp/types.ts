/**
 * The shape of the generated MCP tool table (src/mcp/generated/tools.ts, written by
 * generators/src/mcp). Plain data: what `tools/list` shows, plus what the runtime needs to run
 * a tool through the SDK (methods) or the shortcut runner (shortcuts).
 */
import type { Identity, Risk } from '@larkgen/spec';

export type { Identity, Risk };
export type JsonSchema = { readonly [key: string]: unknown };

/** Only the hints that differ from the protocol's defaults are written. */
export interface McpToolAnnotations {
  readonly readOnlyHint?: boolean;
  readonly destructiveHint?: boolean;
  readonly idempotentHint?: boolean;
}

interface ToolBase {
  /** The dotted name every case is rendered from: `im.v1.message.create`, `im.messages.send`. */
  readonly name: string;
  readonly description: string;
  readonly inputSchema: JsonSchema;
  readonly outputSchema: JsonSchema;
  readonly annotations: McpToolAnnotations;
  readonly risk: Risk;
  /** The identities the spec allows, bot first. */
  readonly identities: readonly Identity[];
  /** Scopes a user login needs (every one of allOf, one of anyOf), for the login hint. */
  readonly userScopes?: { readonly allOf: readonly string[]; readonly anyOf: readonly string[] };
}

/** One API method: arguments grouped as `path`, `params` (query) and `data` (body), as the SDK takes them. */
export interface MethodTool extends ToolBase {
  readonly kind: 'method';
  /** The method id, e.g. `im.messages.create`. */
  readonly method: string;
  /** Body fields carrying a file: given as a path inside the files folder. */
  readonly uploads: readonly string[];
  /** The answer is a file, saved inside the files folder (`save_as`). */
  readonly download: boolean;
}

/** One shortcut: arguments are its flags, by flag name. */
export interface ShortcutTool extends ToolBase {
  readonly kind: 'shortcut';
  /** `<service>.+<name>`, the key of the CLI's shortcut registry. */
  readonly shortcut: string;
}

export type McpTool = MethodTool | ShortcutTool;
