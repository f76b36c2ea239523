import { describe, expect, it } from 'vitest';
import { runBin } from './test-support/bin.js';

// Each test starts the command as a child process (the build when current, else the sources through tsx).
describe('lark-emulator command', { timeout: 120_000 }, () => {
  it('starts, prints its URL and the demo credentials, serves, and stops on SIGTERM', async () => {
    const b = await runBin(['--port', '0', '--token-ttl', '120']);
    expect(b.out).toContain('app id:      cli_a7e3c9d15b2f4086');
    expect(b.out).toContain('app secret:  demo-app-secret');
    expect(b.out).toContain(`console:     ${b.url}/console `);
    expect((await fetch(`${b.url}/console`)).status).toBe(200);
    const r = await fetch(`${b.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: 'cli_a7e3c9d15b2f4086', app_secret: 'demo-app-secret' }),
    });
    expect(((await r.json()) as { expire: number }).expire).toBe(120);
    expect(await b.stop()).toBe(0);
  });

  it('refuses bad flags with exit code 2', async () => {
    await expect(runBin(['--port', 'abc'])).rejects.toThrow(/exited 2/);
  });
});
