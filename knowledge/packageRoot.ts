import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, found upwards from here (works from source and from dist/). */
export function packageRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function defaultContentDir(): string {
  return path.join(packageRoot(), 'knowledge', 'content');
}
