/** What is known about the running command when it fails (set as the command gets going). */
export const runState: { identity?: string; noColor?: boolean } = {};

/** Forgets the last run: each `main()` call starts from nothing (tests and embedders call it many times in one process). */
export function resetRunState(): void {
  delete runState.identity;
  delete runState.noColor;
}
