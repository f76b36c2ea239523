import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The generator as one built ES module (dist/main.js), so `pnpm generate` runs JavaScript instead
 * of loading TypeScript through tsx. The workspace packages it reads (the spec loader) are bundled
 * from source; the metafile lists every source file that went in, and bin/generate.mjs falls back
 * to tsx when any of them is newer than the build.
 */
export default defineConfig({
  entry: { main: path.join(root, 'src/main.ts') },
  outDir: path.join(root, 'dist'),
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: [/^@larkgen\//],
  esbuildOptions: (o) => void (o.conditions = ['@larkgen/source']),
  // Bundled CommonJS (yaml, ajv) reaches Node built-ins through require().
  banner: { js: "import { createRequire as __larkgenCreateRequire } from 'node:module'; const require = __larkgenCreateRequire(import.meta.url);" },
  metafile: true,
  sourcemap: true,
  clean: true,
  silent: true,
});
