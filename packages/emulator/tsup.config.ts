import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(
  libraryBuild(root, { index: 'src/index.ts', bin: 'src/bin.ts' }, {
    // The model snapshot the emulator serves, read at run time next to the code (see src/model.ts).
    onSuccess: async () => fs.cpSync(path.join(root, 'src/generated'), path.join(root, 'dist/generated'), { recursive: true }),
  }),
);
