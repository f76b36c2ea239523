import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { defineConfig, type Options } from 'tsup';
import { partialName, TEMPLATE_OPTIONS } from './src/docs/templates.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const templatesDir = path.join(root, 'docs', 'templates');

/**
 * Replaces src/docs/precompiled-templates.ts with a module that imports every template, each
 * loaded as its Handlebars precompiled spec: generation then needs only the Handlebars runtime,
 * and the metafile lists each template among the build's inputs.
 */
const precompiledTemplates: Plugin = {
  name: 'larkgen-precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]docs[\\/]precompiled-templates\.ts$/ }, () => {
      const files = fs.readdirSync(templatesDir).filter((f) => f.endsWith('.hbs')).sort();
      const imports = files.map((f, i) => `import t${i} from ${JSON.stringify(path.join(templatesDir, f))};`);
      const partials = files.flatMap((f, i) => (partialName(f) ? [`${JSON.stringify(partialName(f))}: t${i}`] : []));
      const pages = files.flatMap((f, i) => (partialName(f) ? [] : [`${JSON.stringify(f)}: t${i}`]));
      return {
        contents: `${imports.join('\n')}\nexport function precompiledTemplates() { return { pages: { ${pages.join(', ')} }, partials: { ${partials.join(', ')} } }; }\n`,
        loader: 'js',
        resolveDir: templatesDir,
      };
    });
    build.onLoad({ filter: /\.hbs$/ }, (args) => ({
      // The options src/docs/templates.ts compiles with from source: the same text either way.
      contents: `export default ${Handlebars.precompile(fs.readFileSync(args.path, 'utf8'), TEMPLATE_OPTIONS)};\n`,
      loader: 'js',
    }));
  },
};

export default defineConfig([
  /**
   * The generator as one built CommonJS file (dist/cli.cjs), which bin/generate.cjs runs in its own
   * process instead of loading TypeScript through tsx. The workspace
   * packages it reads (the spec loader) are bundled from source; the metafile lists every source
   * file and template that went in, and bin/generate.cjs falls back to the source when any of them
   * is newer than the build.
   */
  {
    entry: { cli: path.join(root, 'src/cli.ts') },
    outDir: path.join(root, 'dist'),
    format: ['cjs'],
    shims: true,
    platform: 'node',
    target: 'node20',
    noExternal: [/^@larkgen\//],
    esbuildOptions: (o) => void (o.conditions = ['@larkgen/source']),
    esbuildPlugins: [precompiledTemplates],
    define: { __LARKGEN_TS_MORPH_BUNDLE__: JSON.stringify('ts-morph.cjs') },
    metafile: true,
    sourcemap: true,
    silent: true,
  },
  /**
   * ts-morph and the TypeScript compiler it carries, as one minified CommonJS file (dist/ts-morph.cjs):
   * a third of the JavaScript to parse, and one file that src/core/ts-morph.ts loads through a V8
   * code cache. Loaded only when an SDK file is printed.
   */
  {
    entry: { 'ts-morph': require.resolve('ts-morph') },
    outDir: path.join(root, 'dist'),
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    noExternal: [/./],
    minify: true,
    silent: true,
  },
]);
