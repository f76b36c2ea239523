'use strict';
/**
 * `@larkgen/source` is a development-only export condition: inside this workspace it points
 * imports at the TypeScript sources (tests, tsx, the CLI's bundler). The sources are not
 * published, so the condition is removed from the package.json that goes into a tarball
 * (`pnpm pack`, `pnpm publish`, `changeset publish`).
 */
const DEV_CONDITION = '@larkgen/source';

function withoutDevCondition(value) {
  if (Array.isArray(value)) return value.map(withoutDevCondition);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) if (key !== DEV_CONDITION) out[key] = withoutDevCondition(v);
  return out;
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports) pkg.exports = withoutDevCondition(pkg.exports);
      return pkg;
    },
  },
};
