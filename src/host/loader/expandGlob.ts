import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { expandBraces } from './expandBraces';
import { globSegmentToRegExp } from './globSegmentToRegExp';
import { isGlobMagic } from './isGlobMagic';

function entries(dir: string): { name: string; isDir: boolean }[] {
    try {
        return readdirSync(dir, { withFileTypes: true }).map((d) => ({
            name: d.name,
            isDir: d.isDirectory() || (d.isSymbolicLink() && isDirectory(path.join(dir, d.name))),
        }));
    } catch {
        return [];
    }
}

function isDirectory(p: string): boolean {
    try {
        return statSync(p).isDirectory();
    } catch {
        return false;
    }
}

function isFile(p: string): boolean {
    try {
        return statSync(p).isFile();
    } catch {
        return false;
    }
}

function walk(dir: string, segments: readonly string[], out: Set<string>): void {
    const [segment, ...rest] = segments;
    if (segment === undefined) {
        if (isFile(dir)) out.add(dir);
        return;
    }
    if (segment === '**') {
        walk(dir, rest, out);
        for (const e of entries(dir)) if (e.isDir && !e.name.startsWith('.')) walk(path.join(dir, e.name), segments, out);
        return;
    }
    if (!isGlobMagic(segment)) {
        walk(path.join(dir, segment.replace(/\\(.)/g, '$1')), rest, out);
        return;
    }
    const re = globSegmentToRegExp(segment);
    for (const e of entries(dir)) {
        if (e.name.startsWith('.') && !segment.startsWith('.')) continue;
        if (!re.test(e.name)) continue;
        if (rest.length === 0 ? !e.isDir : e.isDir) walk(path.join(dir, e.name), rest, out);
    }
}

/**
 * The files (not directories) a glob names, relative patterns against `cwd`, as the worker expands package.json
 * `main` (globby with its defaults: `*`, `?`, `[…]`, `**`, `{a,b}`; dot files only when named explicitly).
 * Absolute paths, sorted, without duplicates.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
    const out = new Set<string>();
    const normalized = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
    for (const p of expandBraces(normalized)) {
        const absolute = path.isAbsolute(p);
        const segments = p.split('/').filter((s) => s !== '' && s !== '.');
        const start = absolute ? path.parse(p).root : cwd;
        walk(start, segments, out);
    }
    return [...out].sort();
}
