/**
 * Every failure the CLI reports is a CliError: a kind (which decides the exit code and the
 * envelope's `type`), a message in plain words, and optionally a hint and details.
 */

export type ErrorKind =
  | 'validation' // bad input: exit 2
  | 'auth' // not logged in, token expired, missing user scope: exit 3
  | 'config' // no app configured, bad config file: exit 3
  | 'api' // the platform answered with a failure: exit 1
  | 'permission' // the platform refused for a missing scope: exit 1
  | 'not_found' // exit 1
  | 'rate_limit' // exit 1
  | 'network' // exit 4
  | 'not_implemented' // exit 5
  | 'internal'; // exit 5

export const EXIT: Readonly<Record<ErrorKind, number>> = {
  validation: 2,
  auth: 3,
  config: 3,
  api: 1,
  permission: 1,
  not_found: 1,
  rate_limit: 1,
  network: 4,
  not_implemented: 5,
  internal: 5,
};

export interface CliErrorOptions {
  /** The platform's error code, for API errors. */
  readonly code?: number | string;
  readonly hint?: string;
  readonly consoleUrl?: string;
  readonly detail?: unknown;
  /** Overrides the exit code the kind implies (e.g. `auth check` exits 1). */
  readonly exitCode?: number;
}

/** Marks CliErrors so that `instanceof` also holds across the separately bundled lazy modules. */
const CLI_ERROR = Symbol.for('larkgen.cli.error');

export class CliError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[CLI_ERROR] === true;
  }
  readonly [CLI_ERROR] = true;
  readonly kind: ErrorKind;
  readonly options: CliErrorOptions;
  constructor(kind: ErrorKind, message: string, options: CliErrorOptions = {}) {
    super(message);
    this.name = 'CliError';
    this.kind = kind;
    this.options = options;
  }
  get exitCode(): number {
    return this.options.exitCode ?? EXIT[this.kind];
  }
}

export const inputError = (message: string, hint?: string, detail?: unknown) =>
  new CliError('validation', message, { ...(hint ? { hint } : {}), ...(detail !== undefined ? { detail } : {}) });
