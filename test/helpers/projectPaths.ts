import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project root: the nearest folder above this file with our package.json (works from any build outDir). */
export function projectRoot(): string {
    let dir = __dirname;
    for (;;) {
        if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'host.json'))) return dir;
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error(`No project root above ${__dirname}`);
        dir = parent;
    }
}

/** `../shared` beside the project (present in the team's checkouts and CI; absent on a user's machine). */
export function sharedDir(): string {
    return path.resolve(projectRoot(), '..', 'shared');
}

/** The recorded ASM traffic, or undefined when `../shared` is not there. */
export function recordingsDir(): string | undefined {
    const dir = path.join(sharedDir(), 'asm-recordings', 'python-legacy');
    return existsSync(dir) ? dir : undefined;
}
