import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';
import { descriptorsAsJson } from './scripts/descriptors-as-json.mjs';
import { entryLayout, lazyEntries, lazyLayout } from './scripts/package-layout.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

// The shared build inlines the workspace packages the SDK bundles (its @larkgen/* dev
// dependencies: the field model, the event wire formats of the events and ws entries, the card
// validator of the cards entry), code and types, so the SDK installs with no dependencies; ws and
// @bufbuild/protobuf stay external (optional peers of the ws entry). Each entry point is one file
// and each lazily imported module one file under dist/lazy/ (see scripts/package-layout.mjs);
// descriptors are JSON in the bundle.
export default defineConfig([
  libraryBuild(
    root,
    { index: 'src/index.ts', node: 'src/node.ts', 'generated/descriptors': 'src/generated/descriptors.ts', events: 'src/events/index.ts', ws: 'src/ws/index.ts', cards: 'src/cards.ts' },
    { splitting: false, clean: ['!lazy/**'], esbuildPlugins: [entryLayout, descriptorsAsJson] },
  ),
  libraryBuild(root, lazyEntries(root), {
    outDir: path.join(root, 'dist/lazy'),
    splitting: false,
    dts: false,
    esbuildPlugins: [lazyLayout, descriptorsAsJson],
  }),
]);
