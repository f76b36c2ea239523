import type { PathSegment } from './yaml-source.js';

/**
 * Names a spot in a spec file the way a maintainer thinks of it: which method (the subject) and
 * which element (`query param "x"`, `body field "a.b"`, `example #2`).
 */
export function describePath(
  kind: SpecFileKind,
  service: string,
  resource: string,
  path: readonly PathSegment[],
): { subject: string; element: string } {
  if (kind === 'resource' && path[0] === 'methods' && typeof path[1] === 'string') {
    const subject = `${service}.${resource}.${path[1]}`;
    return { subject, element: describeMethodPath(path.slice(2)) };
  }
  if (kind === 'shortcut') {
    const subject = `+${resource}`;
    if (path[0] === 'flags' && path[1] !== undefined) return { subject, element: `flag --${path[1]}${rest(path.slice(2))}` };
    if (path[0] === 'rules' && typeof path[1] === 'number') return { subject, element: `rule #${path[1] + 1}${rest(path.slice(2))}` };
    if (path[0] === 'examples' && typeof path[1] === 'number') return { subject, element: `example #${path[1] + 1}${rest(path.slice(2))}` };
    return { subject, element: plain(path) };
  }
  if (kind === 'event') {
    const subject = resource;
    if ((path[0] === 'payload' || path[0] === 'answer') && path[1] === 'properties' && typeof path[2] === 'string') return { subject, element: fieldPath(`${path[0]} field`, path.slice(2)) };
    if (path[0] === 'params' && typeof path[1] === 'string') return { subject, element: `param "${path[1]}"${rest(path.slice(2))}` };
    return { subject, element: plain(path) };
  }
  if (kind === 'schemas' && path[0] === 'schemas' && typeof path[1] === 'string') {
    return { subject: `schema ${path[1]}`, element: fieldPath('field', path.slice(2)) };
  }
  if (kind === 'scopes' && path[0] === 'scopes' && typeof path[1] === 'string') {
    return { subject: `scope ${path[1]}`, element: plain(path.slice(2)) };
  }
  return { subject: '', element: plain(path) };
}

export type SpecFileKind = 'service' | 'scopes' | 'resource' | 'schemas' | 'shortcut' | 'event';

function describeMethodPath(p: readonly PathSegment[]): string {
  if (p.length === 0) return '';
  const [head, name, ...more] = p;
  switch (head) {
    case 'pathParams':
      return name === undefined ? 'pathParams' : fieldPath(`path param "${name}"`, more, true);
    case 'query':
      return name === undefined ? 'query' : fieldPath(`query param "${name}"`, more, true);
    case 'body':
      if (name === 'fields' && more[0] !== undefined) return fieldPath('body field', more);
      return `body${rest(p.slice(1))}`;
    case 'response':
      if (p[1] === 'properties' && typeof p[2] === 'string') return fieldPath('response field', p.slice(2));
      return `response${rest(p.slice(1))}`;
    case 'examples':
      return typeof name === 'number' ? `example #${name + 1}${rest(more)}` : 'examples';
    case 'errors':
      return typeof name === 'number' ? `error #${name + 1}${rest(more)}` : 'errors';
    case 'identities':
      return name === undefined ? 'identities' : `identity "${name}"${rest(more)}`;
    default:
      return plain(p);
  }
}

/** `body field "a.b"` from [a, properties, b, enum]; the trailing keyword is appended. */
function fieldPath(label: string, p: readonly PathSegment[], named = false): string {
  const names: string[] = [];
  let i = 0;
  if (!named && typeof p[0] === 'string') {
    names.push(p[0]);
    i = 1;
  }
  while (i < p.length) {
    const seg = p[i];
    if (seg === 'properties' && typeof p[i + 1] === 'string') {
      names.push(String(p[i + 1]));
      i += 2;
    } else if (seg === 'items') {
      names.push('[]');
      i += 1;
    } else break;
  }
  const dotted = names.join('.').replace(/\.\[\]/g, '[]');
  const head = named ? label + (dotted ? ` > "${dotted}"` : '') : `${label} "${dotted}"`;
  return head + rest(p.slice(i));
}

function rest(p: readonly PathSegment[]): string {
  return p.length ? ` ${plain(p)}` : '';
}

function plain(p: readonly PathSegment[]): string {
  return p.length === 0 ? '' : p.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}
