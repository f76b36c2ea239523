/** What is known about the running command when it fails (set as the command gets going). */
export const runState: { identity?: string; noColor?: boolean } = {};
