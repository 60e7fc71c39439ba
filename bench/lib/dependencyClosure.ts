import { readFileSync } from 'node:fs';
import path from 'node:path';

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
            if (up === dir) throw new Error(`dependencyClosure: no package.json found for ${name}`);
            dir = up;
        }
    }
}

/**
 * The installed folders of `names` and of every production dependency they resolve to (from `fromDir`, with Node's
 * resolution), each once, with the node_modules path each would have in a package.
 */
export function dependencyClosure(names: readonly string[], fromDir: string): { readonly dir: string; readonly zipPrefix: string }[] {
    const seen = new Map<string, string>();
    const visit = (name: string, from: string): void => {
        const manifest = manifestOf(name, from);
        const dir = path.dirname(manifest);
        if (seen.has(dir)) return;
        const relative = path.relative(fromDir, dir).split(path.sep).join('/');
        seen.set(dir, relative.startsWith('node_modules/') ? relative : `node_modules/${name}`);
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
        for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir);
    };
    for (const name of names) visit(name, fromDir);
    return [...seen].map(([dir, zipPrefix]) => ({ dir, zipPrefix }));
}
