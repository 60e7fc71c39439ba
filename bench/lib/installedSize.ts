import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Bytes of the files of one installed package, without its nested node_modules (counted as packages of their own). */
function packageBytes(dir: string): number {
    let total = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules') continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) total += packageBytes(full);
        else if (entry.isFile()) total += statSync(full).size;
    }
    return total;
}

/** The package.json of `name` as Node resolves it from `from` (also for packages whose `exports` hide it). */
function manifestOf(name: string, from: string): string {
    try {
        return require.resolve(`${name}/package.json`, { paths: [from] });
    } catch {
        let dir = path.dirname(require.resolve(name, { paths: [from] }));
        for (;;) {
            const candidate = path.join(dir, 'package.json');
            try {
                if ((JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === name) return candidate;
            } catch {
                // no manifest here
            }
            const up = path.dirname(dir);
            if (up === dir) throw new Error(`installedSize: no package.json found for ${name}`);
            dir = up;
        }
    }
}

/**
 * What installing `names` puts on disk: their files and those of every production dependency they resolve to
 * (from `fromDir`, with Node's resolution), each package counted once. Returns bytes and the number of packages.
 */
export function installedSize(names: readonly string[], fromDir: string): { readonly bytes: number; readonly packages: number } {
    const seen = new Set<string>();
    let bytes = 0;
    const visit = (name: string, from: string): void => {
        const manifest = manifestOf(name, from);
        const dir = path.dirname(manifest);
        if (seen.has(dir)) return;
        seen.add(dir);
        bytes += packageBytes(dir);
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
        for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir);
    };
    for (const name of names) visit(name, fromDir);
    return { bytes, packages: seen.size };
}
