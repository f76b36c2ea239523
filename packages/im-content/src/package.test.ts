import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as node from './node.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sources = fs.readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('package rules', () => {
  it('only safe-path.ts touches Node built-ins; the main entry stays platform-neutral', () => {
    const offenders = sources.filter((f) => f !== 'safe-path.ts' && /from ['"](node:|fs|path|os)['"/]/.test(fs.readFileSync(path.join(here, f), 'utf8')));
    expect(offenders).toEqual([]);
    expect(fs.readFileSync(path.join(here, 'index.ts'), 'utf8')).not.toContain('safe-path');
  });

  it('has no runtime dependencies', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(here, '..', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
  });

  it('every exported function, class and constant has a doc comment', () => {
    const missing: string[] = [];
    for (const f of sources) {
      const lines = fs.readFileSync(path.join(here, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const m = /^export (?:function|class|const) (\w+)/.exec(line);
        if (!m) return;
        let j = i - 1;
        while (j >= 0 && lines[j]!.trim().startsWith('//')) j--;
        if (!lines[j]?.trim().endsWith('*/')) missing.push(`${f}: ${m[1]}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('the node entry re-exports the main entry and adds the path checks', () => {
    for (const key of Object.keys(main)) expect(node).toHaveProperty(key);
    expect(typeof node.resolveInside).toBe('function');
    expect(typeof node.downloadTarget).toBe('function');
    expect('resolveInside' in main).toBe(false);
  });
});
