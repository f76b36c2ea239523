import path from 'node:path';
import fs from 'node:fs';
import type { Method, Service, SpecModel } from './model.js';

export function findMethod(model: SpecModel, id: string): Method | undefined {
  return model.methods.find((m) => m.id === id);
}

export function methodsOf(model: SpecModel, service: Service): Method[] {
  return model.methods.filter((m) => m.service === service.name);
}

/** The `specs/` folder of the repository that contains `start` (searching upwards). */
export function specsDirFrom(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, 'specs', 'schema');
    if (fs.existsSync(candidate)) return path.join(dir, 'specs');
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
