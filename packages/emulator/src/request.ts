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
import { checksFor, coerceStrings, requestViolations, splitMultipart } from './validate.js';

/** The parts of a valid request; throws the method's invalid-parameter error listing every violation. */
export async function parseRequest(
  x: Internals,
  req: IncomingMessage,
  method: Method,
  pathParams: Record<string, string>,
  search: string,
): Promise<{ path: Record<string, unknown>; query: Record<string, unknown>; body: Record<string, unknown>; files: Record<string, UploadedFile> }> {
  const violations: FieldViolation[] = [];
  const checks = checksFor(x.model, method);
  const path = coerceStrings(x.model, method.pathParams, pathParams, violations);
  violations.push(...requestViolations(checks.path, path));
  const rawQuery = search ? (querystring.parse(search) as Record<string, string | string[]>) : {};
  const query = coerceStrings(x.model, method.query, rawQuery, violations);
  violations.push(...requestViolations(checks.query, query));
  let body: Record<string, unknown> = {};
  const files: Record<string, UploadedFile> = {};
  const ctype = req.headers['content-type'] ?? '';
  if (!method.body) {
    req.resume();
  } else if (method.body.encoding === 'multipart') {
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
      violations.push(...requestViolations(checks.body, body));
    }
  } else {
    const buf = await readJsonBody(req, 10 * 1024 * 1024);
    if (buf.length === 0) {
      if (method.body.required) violations.push({ field: 'body', description: 'a JSON body is required' });
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
    if (violations.every((x) => x.field !== 'body')) violations.push(...requestViolations(checks.body, body));
  }
  if (violations.length > 0) {
    const code = invalidParamCode(method);
    const own = method.errors.find((e) => e.code === code);
    throw new ApiError(code, own?.message ?? PLATFORM.fieldValidation.msg, 400, {
      message: `The request does not match the specification of ${method.id}; see field_violations.`,
      field_violations: violations,
    });
  }
  return { path, query, body, files };
}
