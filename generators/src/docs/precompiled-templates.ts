/**
 * The templates precompiled at build time: none when running from source. tsup.config.ts replaces
 * this module in the built generator with one that imports every `.hbs` file as its precompiled
 * template spec (so the build's metafile lists the templates, and a newer template makes
 * `pnpm generate` fall back to the source).
 */
import type HandlebarsNS from 'handlebars';

/** What `Handlebars.precompile` makes and `Handlebars.template` takes. */
export type TemplateSpec = Parameters<typeof HandlebarsNS.template>[0];

export interface PrecompiledTemplates {
  /** Page templates by file name. */
  readonly pages: Readonly<Record<string, TemplateSpec>>;
  /** Partials by partial name. */
  readonly partials: Readonly<Record<string, TemplateSpec>>;
}

export function precompiledTemplates(): PrecompiledTemplates | undefined {
  return undefined;
}
