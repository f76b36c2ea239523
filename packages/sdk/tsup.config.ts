import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';
import { descriptorsAsJson } from './scripts/descriptors-as-json.mjs';
import { lazyMethodChunks } from './scripts/lazy-method-chunks.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(
  libraryBuild(
    root,
    { index: 'src/index.ts', node: 'src/node.ts', 'generated/descriptors': 'src/generated/descriptors.ts', events: 'src/events/index.ts', ws: 'src/ws/index.ts', cards: 'src/cards.ts' },
    // The shared build inlines the workspace packages the SDK bundles (its @larkgen/* dev
    // dependencies: the field model, the event wire formats of the events and ws entries, the card
    // validator of the cards entry), code and types, so the SDK installs with no dependencies;
    // ws and @bufbuild/protobuf stay external (optional peers of the ws entry). The plugins: each
    // method as a lazily imported file of its own, descriptors as JSON.
    { esbuildPlugins: [lazyMethodChunks, descriptorsAsJson] },
  ),
);
