import { existsSync } from 'node:fs';
import path from 'node:path';

/** The function app directory: the nearest folder at or above `from` holding both package.json and host.json. */
export function findAppRoot(from: string): string {
    let dir = path.resolve(from);
    for (;;) {
        if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'host.json'))) return dir;
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error(`No function app (package.json + host.json) at or above ${from}.`);
        dir = parent;
    }
}
