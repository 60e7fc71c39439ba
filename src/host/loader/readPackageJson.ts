import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The package.json fields the worker reads to load an app. */
export interface AppPackageJson {
    /** The entry point(s): a path or glob relative to the app root. */
    readonly main?: string;
    readonly type?: string;
}

/** Reads `<root>/package.json`; throws naming the file when it is missing or not JSON. */
export function readPackageJson(root: string): AppPackageJson {
    const file = path.join(root, 'package.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { main?: unknown; type?: unknown };
    return {
        ...(typeof json.main === 'string' ? { main: json.main } : {}),
        ...(typeof json.type === 'string' ? { type: json.type } : {}),
    };
}
