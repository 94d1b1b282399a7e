// The package's data files (data/*.json).
import { readFileSync } from 'node:fs';

/**
 * One of the data files, parsed afresh: each caller owns its copy, and none stays behind in a module
 * cache (a `require` would keep a second copy of every file for the life of the process).
 */
export function readData<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as T;
}
