import { readFileSync } from 'node:fs';
import path from 'node:path';

import { appClosure, PACKAGE_OUT_DIR } from '../../scripts/package';
import { expandGlob } from '../../src/host/loader/expandGlob';
import { projectRoot } from '../helpers/projectPaths';

/** The tsc output folder these tests run from (dist/, or another outDir). */
export const COMPILED_ROOT = path.resolve(__dirname, '..', '..');

let cached: string | undefined;

/** The text of every compiled file the functions load (the same closure the package ships). */
export function runtimeSourceText(): string {
    if (cached !== undefined) return cached;
    const main = (JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { main: string }).main;
    const entries = expandGlob(main.slice(PACKAGE_OUT_DIR.length + 1), COMPILED_ROOT).map((f) => path.relative(COMPILED_ROOT, f));
    cached = appClosure(COMPILED_ROOT, entries)
        .files.map((f) => readFileSync(path.join(COMPILED_ROOT, f), 'utf8'))
        .join('\n');
    return cached;
}

/** Whether the runtime code names this app setting as a string literal (how every reader in src/ spells them). */
export function runtimeMentions(setting: string): boolean {
    const text = runtimeSourceText();
    return text.includes(`'${setting}'`) || text.includes(`"${setting}"`) || text.includes(`%${setting}%`);
}
