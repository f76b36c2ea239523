import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';
import { descriptorsAsJson } from './scripts/descriptors-as-json.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(
  libraryBuild(
    root,
    { index: 'src/index.ts', node: 'src/node.ts', 'generated/descriptors': 'src/generated/descriptors.ts', events: 'src/events/index.ts', ws: 'src/ws/index.ts', cards: 'src/cards.ts' },
    {
      esbuildPlugins: [descriptorsAsJson],
      esbuildOptions: (o) => void (o.legalComments = 'none'),
      // The wire formats come from the workspace package @larkgen/event-wire (shared with the
      // emulator): bundled into the events and ws entries, code and types, so the SDK installs
      // without it; ws and @bufbuild/protobuf stay external (optional peers of the ws entry).
      // The cards entry inlines @larkgen/im-content/cards (a dev dependency), types too.
      noExternal: ['@larkgen/event-wire'],
      dts: { resolve: [/^@larkgen\/event-wire/, /^@larkgen\/im-content/] },
    },
  ),
);
