/** The CLI version, shown by --version and in help (kept in step with package.json). */
export const VERSION = '0.1.0';
