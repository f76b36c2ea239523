/** Turns the SDK's typed errors into CLI errors with the spec's scopes, a next step and the console URL. */
import { CliError } from './errors.js';
import type { Session } from './session.js';
import type { Identity } from '../meta.js';
import { consoleUrl, scopeWords } from './session.js';

interface SdkErrorLike {
  name?: string;
  message?: string;
  code?: number;
  msg?: string;
  httpStatus?: number;
  logId?: string;
  hint?: string;
  consoleUrl?: string;
  scopes?: readonly string[];
  permissionViolations?: readonly { type: string; subject: string }[];
  fieldViolations?: readonly { field: string; value?: string; description?: string }[];
  troubleshooter?: string;
  /** The server's own explanation (error.message). */
  detail?: string;
  issues?: readonly { field: string; message: string }[];
  identity?: Identity;
}

export interface SpecContext {
  readonly what: string;
  readonly identity: Identity;
  readonly scopes?: { anyOf: readonly string[]; allOf: readonly string[] } | undefined;
  readonly session: Session;
  /** Documented fixes by error code, from the spec. */
  readonly fixes?: Readonly<Record<number, string>>;
}

/** Turns an SDK error into a CliError, adding the spec's scopes, a next step and the console URL. */
export function fromSdkError(e: unknown, ctx: SpecContext): CliError {
  if (e instanceof CliError) return e;
  const x = (e ?? {}) as SdkErrorLike;
  switch (x.name) {
    case 'LarkValidationError':
      return new CliError('validation', `Invalid request for ${ctx.what}: ${x.message}`, { detail: { issues: x.issues ?? [] } });
    case 'LarkRedirectError':
      return new CliError('network', `${stripId(x.message)}.`, {
        hint: `Check the base URL (${ctx.session.settings.baseUrl}): it should name the platform (or the emulator) itself, not a server that redirects.`,
      });
    case 'LarkNetworkError':
      return new CliError('network', `Network failure calling ${ctx.what}: ${stripId(x.message)}`, {
        hint: `Check the connection and the base URL (${ctx.session.settings.baseUrl}).`,
      });
    case 'LarkTimeoutError':
      return new CliError('network', `No answer in time from ${ctx.session.settings.baseUrl}: ${stripId(x.message)}`, { hint: 'Retry later.' });
    case 'LarkAbortError':
      return new CliError('network', `The call was aborted: ${stripId(x.message)}`);
    case 'LarkApiError':
    case 'LarkAuthError':
    case 'LarkPermissionError':
    case 'LarkRateLimitError':
    case 'LarkNotFoundError':
      return apiToCli(x, ctx);
    default:
      return new CliError('internal', `Unexpected failure calling ${ctx.what}: ${x.message ?? String(e)}`);
  }
}

function stripId(m: string | undefined): string {
  return (m ?? '').replace(/^[a-z_.]+: /, '');
}

function apiToCli(x: SdkErrorLike, ctx: SpecContext): CliError {
  const code = x.code ?? -1;
  const detail: Record<string, unknown> = {
    http_status: x.httpStatus,
    ...(x.logId ? { log_id: x.logId } : {}),
    ...(x.permissionViolations?.length ? { permission_violations: x.permissionViolations } : {}),
    ...(x.fieldViolations?.length ? { field_violations: x.fieldViolations } : {}),
    ...(x.troubleshooter ? { troubleshooter: x.troubleshooter } : {}),
  };
  // The platform's msg often ends in a period of its own; the sentences below add theirs.
  const said = (x.msg || 'request failed').replace(/[.。\s]+$/, '');
  const base = `${ctx.what} failed: ${said}${x.detail ? ` (${x.detail.replace(/[.。\s]+$/, '')})` : ''}`;
  const specScopes = ctx.scopes ? [...ctx.scopes.allOf, ...ctx.scopes.anyOf.slice(0, 1)] : [];
  const violated = (x.permissionViolations ?? []).map((v) => v.subject).filter(Boolean);
  const missing = violated.length ? violated : specScopes;
  if (x.name === 'LarkPermissionError' || code === 99991672 || code === 99991679) {
    if (code === 99991679 || (ctx.identity === 'user' && code !== 99991672)) {
      return new CliError('permission', `${base}. The signed-in user has not granted ${missing.join(', ') || 'a required scope'}.`, {
        code,
        hint: `Run: lark-cli auth login --scope "${missing.length ? missing.join(' ') : scopeWords(ctx.scopes)}"`,
        detail: { ...detail, required_scopes: specScopes },
      });
    }
    const url = x.consoleUrl ?? consoleUrl(ctx.session.settings, missing);
    return new CliError('permission', `${base}. The app has not enabled ${missing.join(', ') || 'a required scope'}.`, {
      code,
      hint: `Enable the scope for the app in the developer console${url ? '' : ''}, publish a new app version, then retry.`,
      ...(url ? { consoleUrl: url } : {}),
      detail: { ...detail, required_scopes: specScopes },
    });
  }
  const fix = ctx.fixes?.[code];
  if (x.name === 'LarkAuthError') {
    return new CliError('auth', `${base}.`, {
      code,
      hint: fix ?? (ctx.identity === 'user' ? 'Log in again: lark-cli auth login' : x.hint ?? 'Check the app id and secret: lark-cli config show'),
      detail,
    });
  }
  const kind = x.name === 'LarkRateLimitError' ? 'rate_limit' : x.name === 'LarkNotFoundError' ? 'not_found' : 'api';
  const hint = fix ?? x.hint;
  // The platform's msg is generic ("Failed to create card content"); the violations say what to fix.
  // Those the server's detail already spells out are not repeated.
  const violations = (x.fieldViolations ?? []).map((f) => `${f.field}: ${f.description ?? 'invalid'}`).filter((v) => !x.detail?.includes(v));
  const message = violations.length ? `${base.replace(/\.+$/, '')}. ${violations.join('; ')}.` : `${base}.`;
  return new CliError(kind, message, { code, ...(hint ? { hint } : {}), detail });
}
