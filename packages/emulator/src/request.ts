/** Reads a request's path, query and body (JSON or multipart), coerces strings and checks them against the spec. */
import type { IncomingMessage } from 'node:http';
import querystring from 'node:querystring';
import type { Method } from '@larkgen/spec';
import type { UploadedFile } from './context.js';
import { ApiError, methodError, PLATFORM, type FieldViolation } from './errors.js';
import type { Internals } from './internals.js';
import { invalidParamCode } from './model.js';
import { MalformedMultipartError, parseMultipart } from './multipart.js';
import { readJsonBody } from './json-guard.js';
import { checksFor, coerceStrings, requestViolations, splitMultipart, type MethodChecks } from './validate.js';

export interface ParsedRequest {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly body: Record<string, unknown>;
  readonly files: Record<string, UploadedFile>;
}

/**
 * The parts of a valid request; throws the method's invalid-parameter error listing every violation.
 * A method without a body is answered from what has arrived (no promise, no turn of the loop).
 */
export function parseRequest(x: Internals, req: IncomingMessage, method: Method, pathParams: Record<string, string>, search: string): ParsedRequest | Promise<ParsedRequest> {
  const violations: FieldViolation[] = [];
  const checks = checksFor(x.model, method);
  const path = readPath(x, method, checks, pathParams, violations);
  const query = coerceStrings(x.model, method.query, search ? (querystring.parse(search) as Record<string, string | string[]>) : {}, violations);
  addViolations(violations, requestViolations(checks.query, query));
  if (!method.body) {
    req.resume();
    refuseIfAny(method, violations);
    return { path, query, body: {}, files: {} };
  }
  return readBodyPart(x, req, method, checks, violations).then(({ body, files }) => {
    refuseIfAny(method, violations);
    return { path, query, body, files };
  });
}

/** The path parameters, coerced and checked (a path without parameters has nothing to check). */
function readPath(x: Internals, method: Method, checks: MethodChecks, pathParams: Record<string, string>, violations: FieldViolation[]): Record<string, unknown> {
  if (!hasKeys(method.pathParams) && !hasKeys(pathParams)) return {};
  const path = coerceStrings(x.model, method.pathParams, pathParams, violations);
  addViolations(violations, requestViolations(checks.path, path));
  return path;
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

function addViolations(into: FieldViolation[], more: readonly FieldViolation[]): void {
  for (const v of more) into.push(v);
}

function refuseIfAny(method: Method, violations: readonly FieldViolation[]): void {
  if (violations.length === 0) return;
  const code = invalidParamCode(method);
  const own = method.errors.find((e) => e.code === code);
  throw new ApiError(code, own?.message ?? PLATFORM.fieldValidation.msg, 400, {
    message: `The request does not match the specification of ${method.id}; see field_violations.`,
    field_violations: [...violations],
  });
}

/** The body: a JSON object, or the fields and files of a multipart form; violations go into `violations`. */
async function readBodyPart(
  x: Internals,
  req: IncomingMessage,
  method: Method,
  checks: MethodChecks,
  violations: FieldViolation[],
): Promise<{ body: Record<string, unknown>; files: Record<string, UploadedFile> }> {
  let body: Record<string, unknown> = {};
  const files: Record<string, UploadedFile> = {};
  const ctype = req.headers['content-type'] ?? '';
  if (method.body!.encoding === 'multipart') {
    if (!ctype.includes('multipart/form-data')) {
      req.resume();
      violations.push({ field: 'body', description: 'must be sent as multipart/form-data' });
    } else {
      const v = splitMultipart(method);
      const maxFile = Math.max(1, ...Object.values(v.files).map((f) => f.maxBytes ?? 100 * 1024 * 1024));
      let mp;
      try {
        mp = await parseMultipart(req, maxFile);
      } catch (e) {
        if (!(e instanceof MalformedMultipartError)) throw e;
        throw methodError(method, x.rt.errors, invalidParamCode(method), { message: e.message, field_violations: [{ field: 'body', value: '', description: e.message }] });
      }
      body = coerceStrings(x.model, v.plain, mp.fields, violations);
      for (const [name, f] of Object.entries(v.files)) {
        const got = mp.files[name];
        if (!got) {
          if (typeof mp.fields[name] === 'string') violations.push({ field: name, description: 'must be a file part, not a text field' });
          else if (f.required) violations.push({ field: name, description: 'is required' });
          continue;
        }
        if (mp.truncated.has(name)) {
          const limit = f.maxBytes ?? maxFile;
          if (method.errors.some((e) => e.code === 234006)) {
            throw methodError(method, x.rt.errors, 234006, { message: `${name} is larger than ${limit} bytes.` });
          }
          violations.push({ field: name, description: `must be at most ${limit} bytes` });
        }
        files[name] = got;
      }
      for (const name of Object.keys(mp.files)) {
        if (!v.files[name]) violations.push({ field: name, description: 'is not a file field of this request' });
      }
      addViolations(violations, requestViolations(checks.body, body));
    }
  } else {
    const buf = await readJsonBody(req, 10 * 1024 * 1024);
    if (buf.length === 0) {
      if (method.body!.required) violations.push({ field: 'body', description: 'a JSON body is required' });
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(buf.toString('utf8'));
      } catch {
        violations.push({ field: 'body', description: 'is not valid JSON' });
      }
      if (parsed !== undefined) {
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) violations.push({ field: 'body', description: 'must be a JSON object' });
        else body = parsed as Record<string, unknown>;
      }
    }
    if (violations.every((x) => x.field !== 'body')) addViolations(violations, requestViolations(checks.body, body));
  }
  return { body, files };
}
