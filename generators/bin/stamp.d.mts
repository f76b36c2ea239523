export function inputsDigest(root: string, specsDir?: string): string;
export function writeStamp(root: string, inputs: string, files: readonly { path: string; hash: string }[], owned: readonly string[]): void;
export function isFresh(root: string, specsDir: string): boolean;
