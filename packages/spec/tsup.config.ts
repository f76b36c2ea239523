import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

export default defineConfig(libraryBuild(path.dirname(fileURLToPath(import.meta.url)), { index: 'src/index.ts', 'fields/index': 'src/fields/index.ts' }));
