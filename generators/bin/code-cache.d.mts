export function codeCachePath(file: string, cacheDir: string): string;
export function requireWithCodeCache(file: string, cacheDir: string): unknown;
