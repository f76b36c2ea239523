import type { Method, MethodExample } from '@larkgen/spec';
import { cliCommandOf, sdkPathOf, shellQuote } from './naming.js';

/** A value written as "@name.ext" in an upload example stands for a local file of that name. */
const FILE_PLACEHOLDER = /^@(.+)$/;

/**
 * The `lark-cli` command that performs a spec example: path and query go to --params, the body to
 * --data, file fields to --file, downloads to -o, and high-risk writes get --yes.
 */
export function cliExample(m: Method, ex: MethodExample): string {
  const parts = [cliCommandOf(m)];
  const params = { ...(ex.request.path ?? {}), ...(ex.request.query ?? {}) };
  if (Object.keys(params).length) parts.push('--params', shellQuote(JSON.stringify(params)));
  const data: Record<string, unknown> = {};
  const files: string[] = [];
  for (const [k, v] of Object.entries(ex.request.body ?? {})) {
    const field = m.body?.fields[k];
    const file = typeof v === 'string' ? FILE_PLACEHOLDER.exec(v) : null;
    if (field?.type === 'file' && file) files.push(`${k}=./${file[1]}`);
    else data[k] = v;
  }
  if (Object.keys(data).length) parts.push('--data', shellQuote(JSON.stringify(data)));
  for (const f of files) parts.push('--file', shellQuote(f));
  if (m.response.kind === 'binary') parts.push('-o', shellQuote(downloadName(ex)));
  if (ex.as) parts.push('--as', ex.as);
  if (m.risk === 'high-risk-write') parts.push('--yes');
  return parts.join(' ');
}

function downloadName(ex: MethodExample): string {
  const key = Object.values({ ...(ex.request.path ?? {}) }).at(-1);
  return `./${typeof key === 'string' ? key : 'download'}.bin`;
}

/** The SDK call that performs a spec example, as TypeScript. */
export function sdkExample(m: Method, ex: MethodExample): string {
  const req: Record<string, unknown> = {};
  if (ex.request.path && Object.keys(ex.request.path).length) req.path = ex.request.path;
  if (ex.request.query && Object.keys(ex.request.query).length) req.params = ex.request.query;
  const files: string[] = [];
  if (ex.request.body && Object.keys(ex.request.body).length) {
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(ex.request.body)) {
      const file = m.body?.fields[k]?.type === 'file' && typeof v === 'string' ? FILE_PLACEHOLDER.exec(v) : null;
      if (file) {
        data[k] = `__FILE_${files.length}__`;
        files.push(`await fileFromPath('./${file[1]}')`);
      } else data[k] = v;
    }
    req.data = data;
  }
  const opts = ex.as ? `, { as: '${ex.as}' }` : '';
  let arg = Object.keys(req).length ? JSON.stringify(req, null, 2).replace(/"([a-z_][a-z0-9_]*)":/g, '$1:') : '{}';
  files.forEach((f, i) => (arg = arg.replace(`"__FILE_${i}__"`, f)));
  const call = `${sdkPathOf(m)}(${arg}${opts})`;
  if (m.response.kind === 'binary') {
    return `import { toFile } from '@larkgen/sdk/node';\n\nconst download = await ${call};\nawait toFile(download, '${downloadName(ex)}');`;
  }
  if (files.length) return `import { fileFromPath } from '@larkgen/sdk/node';\n\nconst data = await ${call};`;
  return `const data = await ${call};`;
}
