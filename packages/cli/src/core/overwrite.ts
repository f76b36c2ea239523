/** Downloads never replace an existing file unless the caller said so. */
import fs from 'node:fs';
import { CliError } from './errors.js';

/** Throws (exit 2) when `abs` exists and --overwrite was not given; `shown` is the path as typed. */
export function refuseToOverwrite(abs: string, shown: string, overwrite: boolean): void {
  if (overwrite || !fs.existsSync(abs)) return;
  throw new CliError('validation', `"${shown}" already exists; it was left as it is and nothing was downloaded.`, {
    hint: 'Pass --overwrite to replace it, or choose another path with --output.',
  });
}
