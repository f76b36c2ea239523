import type { SpecModel } from '@larkgen/spec';
import type { Generator } from './core/files.js';
import { openapiGenerator } from './openapi/index.js';
import { emulatorGenerator } from './emulator/index.js';
import { sdkGenerator } from './sdk/index.js';
import { docsGenerator } from './docs/index.js';
import { cliGenerator } from './cli/index.js';

/** Every generator, in the order their outputs are reported. Each is a pure function of the model. */
export const generators: readonly Generator<SpecModel>[] = [openapiGenerator, emulatorGenerator, docsGenerator, cliGenerator, sdkGenerator];
