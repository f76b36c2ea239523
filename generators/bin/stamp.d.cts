export interface InputsDigest {
  readonly digest: string;
  /** "size:mtime" of each input file, taken before it was read. */
  readonly stats: Readonly<Record<string, string>>;
}
export function inputsDigest(root: string, specsDir?: string): InputsDigest;
export function writeStamp(root: string, inputs: InputsDigest, files: readonly { path: string; hash: string }[], owned: readonly string[]): void;
export function isFresh(root: string, specsDir: string): boolean;
