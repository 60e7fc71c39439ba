import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The parts of local.settings.json the local host honours. */
export interface LocalSettings {
    readonly values: Readonly<Record<string, string>>;
    readonly localHttpPort?: number;
}

/**
 * Reads `<root>/local.settings.json` as Core Tools does: `Values` (strings; other JSON scalars are stringified) and
 * `Host.LocalHttpPort`. Absent file → empty settings; malformed file → an error naming it.
 */
export function readLocalSettings(root: string): LocalSettings {
    const file = path.join(root, 'local.settings.json');
    if (!existsSync(file)) return { values: {} };
    let json: unknown;
    try {
        json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
        throw new Error(`${file} is not valid JSON: ${(err as Error).message}`);
    }
    const doc = (typeof json === 'object' && json !== null ? json : {}) as { Values?: unknown; Host?: { LocalHttpPort?: unknown } };
    const values: Record<string, string> = {};
    if (typeof doc.Values === 'object' && doc.Values !== null) {
        for (const [key, value] of Object.entries(doc.Values)) {
            if (value !== null && value !== undefined) values[key] = typeof value === 'string' ? value : JSON.stringify(value);
        }
    }
    const port = Number(doc.Host?.LocalHttpPort);
    return { values, ...(Number.isInteger(port) && port >= 0 ? { localHttpPort: port } : {}) };
}
