/**
 * @larkgen/im-content/node: the parts that need the file system (safe paths). Everything from
 * the main entry is re-exported, so a Node command can import from here alone.
 */
export * from './index.js';
export { downloadTarget, lexists, resolveFolderInside, resolveInside, type DownloadTargetOptions, type ResolveOptions, type SafePath } from './safe-path.js';
