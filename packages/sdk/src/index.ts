/**
 * `@larkgen/sdk`: a typed client for the Lark / Feishu Open API, generated from the specs, on a
 * small runtime with no dependencies (native fetch). Node-only helpers (file paths, `toFile`) are in
 * `@larkgen/sdk/node`; the descriptor table is `@larkgen/sdk/descriptors`.
 */
export * from './core/index.js';
export * from './generated/index.js';
