import { resolve } from 'node:path';

/** The folder holding `content/` and `data/`: KUULTU_ROOT, or the folder the command runs in. */
export function contentRoot(): string {
  return resolve(process.env.KUULTU_ROOT ?? process.cwd());
}
