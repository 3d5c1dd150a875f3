import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project root (the folder with package.json), whether running from source or from dist/. */
export const projectRoot: string = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${import.meta.dirname}`);
    dir = up;
  }
  return dir;
})();

export const migrationsFolder = path.join(projectRoot, 'server/src/db/migrations');
export const referenceDataFolder = path.join(projectRoot, 'server/src/modules/reference/data');
export const webDistFolder = path.join(projectRoot, 'dist/web');
