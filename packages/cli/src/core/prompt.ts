/** Terminal prompts for `config init`; a secret is read without echo. */
import readline from 'node:readline';
import type { Io } from './io.js';

export function prompt(io: Io, question: string, secret = false): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    if (secret) {
      // Echo nothing while the secret is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.includes(question)) process.stderr.write(question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (secret) io.err('\n');
      resolve(answer.trim());
    });
  });
}
