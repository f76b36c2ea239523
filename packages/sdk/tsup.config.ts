import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';
import { descriptorsAsJson } from './scripts/descriptors-as-json.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(
  libraryBuild(
    root,
    { index: 'src/index.ts', node: 'src/node.ts', 'generated/descriptors': 'src/generated/descriptors.ts' },
    { esbuildPlugins: [descriptorsAsJson], esbuildOptions: (o) => void (o.legalComments = 'none') },
  ),
);
