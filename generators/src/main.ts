/**
 * The generator run from its TypeScript source (bin/generate.cjs runs this through tsx when the
 * build is missing or older than a source file); the built generator is called in-process instead.
 */
import { generateCli } from './cli.js';

process.exit(generateCli(process.argv.slice(2)));
