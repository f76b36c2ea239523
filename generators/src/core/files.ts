/** A file a generator wants to exist, with the spec files it was made from. */
export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  readonly path: string;
  /** Full content, header included (see `withHeader`). */
  readonly content: string;
}

/** A generator: a pure function of the model, plus the paths it owns exclusively. */
export interface Generator<M> {
  readonly name: string;
  /** Folders (ending in /) or files this generator owns: anything there that it did not emit is stale. */
  readonly owns: readonly string[];
  generate(model: M): GeneratedFile[];
}

const NOTICE = 'GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.';

/** The do-not-edit header, in the comment syntax of the file's kind, naming the source specs. */
export function withHeader(path: string, sources: readonly string[], body: string): string {
  const from = sources.length === 1 ? `Source: ${sources[0]}` : `Sources: ${sources.join(', ')}`;
  if (/\.(ts|js|mjs|cjs)$/.test(path)) return `// ${NOTICE}\n// ${from}\n\n${body}`;
  if (/\.md$/.test(path)) {
    // Markdown with front matter must keep it first: put the notice right after it.
    const fm = /^---\n[\s\S]*?\n---\n/.exec(body);
    const note = `<!-- ${NOTICE} ${from} -->\n`;
    return fm ? fm[0] + note + body.slice(fm[0].length) : note + body;
  }
  if (/\.(sh|bash|zsh|fish)$/.test(path)) return `# ${NOTICE}\n# ${from}\n${body}`;
  throw new Error(`no header syntax for ${path}; JSON outputs carry the notice as an "x-generated" member`);
}

/** The same notice for JSON documents, as a value for a leading `x-generated` member. */
export function jsonNotice(sources: readonly string[]): string {
  return `${NOTICE} Sources: ${sources.join(', ')}`;
}

/** Stable JSON: two-space indent and a final newline. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
