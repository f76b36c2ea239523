import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const loader = pathToFileURL(`${root}node_modules/tsx/dist/loader.mjs`).href;

function runBin(args: string[]): Promise<{ out: string; url: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', loader, '--conditions=@larkgen/source', fileURLToPath(new URL('./bin.ts', import.meta.url)), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // However the test ends (a failure, its timeout), the child goes with it.
  onTestFinished(() => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')));
  let out = '';
  // Waits for the start line itself, not for a deadline: on a busy machine tsx may take a while.
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m && out.includes('admin API')) {
        resolve({
          out,
          url: m[1]!,
          stop: () =>
            new Promise((res) => {
              child.once('exit', (code) => res(code));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

// Each test starts the emulator from its TypeScript sources through tsx: seconds of work when idle.
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
