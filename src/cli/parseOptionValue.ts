import type { CliIo } from './CliIo';
import type { CliOption } from './CliOption';
import { readJsonArgument } from './readJsonArgument';
import { UsageError } from './UsageError';

const INTEGER = /^[+-]?\d+$/;

/** Parses `true`/`false` (the only spellings accepted); undefined for anything else. */
export function parseBoolean(raw: string): boolean | undefined {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    return undefined;
}

/**
 * The typed value of one option from its command-line text: strings as given, integers parsed (anything else is a
 * usage error), booleans `true`/`false`, objects, lists and dictionaries as JSON (inline, `@file` or `-`).
 * Constraints (patterns, enums, lengths, nested fields) are left to the catalogue's validator.
 */
export async function parseOptionValue(option: CliOption, raw: string, io: Pick<CliIo, 'cwd' | 'readStdin'>): Promise<unknown> {
    const field = option.field;
    switch (field.kind) {
        case 'string':
            return raw;
        case 'int': {
            const n = Number(raw.trim());
            if (!INTEGER.test(raw.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`--${option.name} must be an integer.`);
            return n;
        }
        case 'bool': {
            const value = parseBoolean(raw);
            if (value === undefined) throw new UsageError(`--${option.name} must be true or false (or given alone for true).`);
            return value;
        }
        case 'object':
        case 'list':
        case 'dict':
            return readJsonArgument(option.name, raw, io);
    }
}
