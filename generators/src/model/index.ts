import type { SpecModel } from '@larkgen/spec';
import { jsonNotice, stableJson, type Generator } from '../core/files.js';

export const MODEL_SNAPSHOT_PATH = 'packages/emulator/src/generated/spec-model.json';

/**
 * The loaded model as JSON, for runtime consumers (the emulator) that must not parse YAML or
 * depend on the spec files being present.
 */
export const modelSnapshotGenerator: Generator<SpecModel> = {
  name: 'model-snapshot',
  owns: ['packages/emulator/src/generated/'],
  generate(model) {
    return [{ path: MODEL_SNAPSHOT_PATH, content: stableJson({ "x-generated": jsonNotice(model.files), model: { ...model, cards: undefined } }) }];
  },
};
