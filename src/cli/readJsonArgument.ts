import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { CliIo } from './CliIo';
import { UsageError } from './UsageError';

/**
 * The JSON value of an option: inline (`'[{"roleName":"vm1"}]'`), from a file (`@roles.json`, relative to the
 * working directory) or from standard input (`-`). Errors name the option, never echo its content.
 */
export async function readJsonArgument(option: string, raw: string, io: Pick<CliIo, 'cwd' | 'readStdin'>): Promise<unknown> {
    let text: string;
    let from: string;
    if (raw === '-') {
        text = await io.readStdin();
        from = 'standard input';
    } else if (raw.startsWith('@')) {
        const file = path.resolve(io.cwd, raw.slice(1));
        try {
            text = readFileSync(file, 'utf8');
        } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            throw new UsageError(`--${option}: cannot read ${raw.slice(1)}${code === undefined ? '' : ` (${code})`}.`);
        }
        from = raw.slice(1);
    } else {
        text = raw;
        from = 'the argument';
    }
    try {
        return JSON.parse(text) as unknown;
    } catch {
        throw new UsageError(`--${option}: ${from} is not valid JSON (give JSON inline, @file.json or - for standard input).`);
    }
}
