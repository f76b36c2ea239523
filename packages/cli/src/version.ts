import pkg from '../package.json' with { type: 'json' };

/** The CLI version, shown by --version and in help: package.json's (inlined by the build). */
export const VERSION: string = pkg.version;
