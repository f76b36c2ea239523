import fs from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The system's Chromium. Browser downloads are blocked on these machines, so the tests use Debian's
 * package; a missing browser is a failure with the install command, never a silent skip.
 */
export function findChromium(): string {
  const found = CANDIDATES.find((p) => p && fs.existsSync(p));
  if (!found) {
    throw new Error('No Chromium found for the browser tests. Install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH), then rerun.');
  }
  return found;
}
