/** The contract between the generic shortcut runner and a shortcut's behaviour module. */
import type { Identity, ShortcutCommand } from '../meta.js';
import type { Format } from '../core/output.js';
import type { PageOptions } from '../core/globals.js';
import type { Io } from '../core/io.js';
import type { Session } from '../core/session.js';
import type { PlannedRequest } from '../core/plan.js';
import type { LarkClient, MethodDescriptor } from '@larkgen/sdk';

/** A flag value after parsing and checking: string, number, boolean or a list of strings. */
export type FlagValue = string | number | boolean | string[];

export interface ShortcutContext {
  readonly shortcut: ShortcutCommand;
  /** Every flag with a value (given, or its spec default), by flag name (`chat-id`). */
  readonly flags: Readonly<Record<string, FlagValue>>;
  /** The flags the user actually gave. */
  readonly given: ReadonlySet<string>;
  readonly identity: Identity;
  readonly dryRun: boolean;
  readonly format: Format;
  readonly pages: PageOptions;
  readonly io: Io;
  readonly session: Session;
  /** The SDK client for the resolved identity (created on first use). */
  client(): Promise<LarkClient>;
  /** The SDK descriptor of a method id, e.g. `im.messages.create`. */
  descriptor(id: string): Promise<MethodDescriptor>;
  /**
   * Calls a method through the SDK as the resolved identity and returns its data; SDK errors
   * become CLI errors with the spec's scopes and the shortcut's documented fixes. In --dry-run,
   * records the planned request instead and returns undefined.
   */
  call<T = unknown>(methodId: string, req: { path?: Record<string, string>; params?: Record<string, unknown>; data?: Record<string, unknown> }): Promise<T | undefined>;
  /** Records a planned request for --dry-run output. */
  plan(req: PlannedRequest): void;
  /** A local file to upload: checked to be relative and inside the working directory. */
  inputFile(p: string, flag: string, maxBytes?: number): { abs: string; size: number; name: string };
  /** A local path to write: checked to be relative and inside the working directory. */
  outputPath(p: string, flag: string): string;
  /** Progress on stderr (only shown on a terminal). */
  progress(text: string): void;
  /** A warning on stderr. */
  warn(text: string): void;
}

export interface ShortcutResult {
  /** The `data` of the success envelope. */
  readonly data: unknown;
  /** Rows for table / csv / ndjson (default: derived from data). */
  readonly rows?: readonly unknown[];
  /**
   * Some items of a batch failed: the output is still printed (with `ok: false` in the
   * envelope, the per-item ledger in data) and the command exits 1.
   */
  readonly partialFailure?: boolean;
}

export interface ShortcutBehaviour {
  run(ctx: ShortcutContext): Promise<ShortcutResult>;
}
