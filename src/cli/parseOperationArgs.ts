import type { OperationSpec } from '../asm/operations/OperationSpec';
import { isListDocument } from '../asm/schema/schema';
import type { CliIo } from './CliIo';
import type { CliOption } from './CliOption';
import { GLOBAL_OPTIONS } from './globalOptions';
import { operationOptions } from './operationOptions';
import { parseBoolean, parseOptionValue } from './parseOptionValue';
import { readJsonArgument } from './readJsonArgument';
import { suggestName } from './suggestName';
import { UsageError } from './UsageError';

/** A parsed `asm <operation> …` command line. */
export interface ParsedCall {
    /** The flattened parameters of the call (path, query and body fields by camelCase name), as the client takes them. */
    readonly params: Record<string, unknown>;
    readonly wait: boolean;
    /** `--timeout` in ms (only with --wait). */
    readonly timeoutMs?: number;
    /** `--help` / `-h` was given: nothing else was parsed. */
    readonly help: boolean;
}

interface Token {
    readonly name: string;
    readonly inline: string | undefined;
}

function splitOption(token: string, operation: string): Token {
    if (!token.startsWith('--') || token === '--') {
        throw new UsageError(`unexpected argument '${token}': parameters are given as --name value.`, operation);
    }
    const eq = token.indexOf('=');
    return eq < 0 ? { name: token.slice(2), inline: undefined } : { name: token.slice(2, eq), inline: token.slice(eq + 1) };
}

/** Merges `--body` (a JSON object of request fields, or the whole array of a list document) under the options given. */
function mergeBody(spec: OperationSpec, body: unknown, params: Record<string, unknown>): void {
    const schema = spec.request;
    if (schema === undefined) throw new UsageError(`${spec.name} takes no request body: --body does not apply.`, spec.name);
    if (isListDocument(schema)) {
        params['body'] = body;
        return;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new UsageError(`--body must be a JSON object with the fields of the ${schema.root} body.`, spec.name);
    }
    for (const [key, value] of Object.entries(body)) {
        if (!Object.hasOwn(schema.fields, key)) {
            const hint = suggestName(key, Object.keys(schema.fields));
            throw new UsageError(
                `--body: ${key} is not a field of the ${schema.root} body${hint === undefined ? '' : ` (did you mean ${hint}?)`}.`,
                spec.name,
            );
        }
        if (params[key] === undefined) params[key] = value;
    }
}

/**
 * Parses the arguments after the operation name: the operation's own options (`--serviceName x`, `--name=x`,
 * `--flag`, `--flag false`, JSON values), `--body <json|@file|->`, `--wait`, `--timeout <seconds>`, `--help`.
 * Unknown or repeated options, missing values and malformed numbers are UsageErrors naming the option.
 */
export async function parseOperationArgs(spec: OperationSpec, argv: readonly string[], io: Pick<CliIo, 'cwd' | 'readStdin'>): Promise<ParsedCall> {
    if (argv.some((a) => a === '--help' || a === '-h')) return { params: {}, wait: false, help: true };
    const byName = new Map<string, CliOption>(operationOptions(spec).map((o) => [o.name, o]));
    const params: Record<string, unknown> = {};
    const seen = new Set<string>();
    let wait = false;
    let timeoutMs: number | undefined;
    let body: { value: unknown } | undefined;

    for (let i = 0; i < argv.length; i++) {
        const { name, inline } = splitOption(argv[i] ?? '', spec.name);
        const option = byName.get(name);
        const global = name === 'wait' || name === 'timeout' || name === 'body';
        if (option === undefined && !global) {
            const hint = suggestName(name, [...byName.keys(), ...GLOBAL_OPTIONS]);
            throw new UsageError(`unknown option --${name} for ${spec.name}${hint === undefined ? '' : ` (did you mean --${hint}?)`}.`, spec.name);
        }
        if (seen.has(name)) throw new UsageError(`--${name} is given more than once.`, spec.name);
        seen.add(name);

        const isBoolean = name === 'wait' || option?.field.kind === 'bool';
        let raw: string;
        if (inline !== undefined) {
            raw = inline;
        } else if (isBoolean) {
            const next = argv[i + 1];
            if (next !== undefined && parseBoolean(next) !== undefined) {
                raw = next;
                i++;
            } else {
                raw = 'true';
            }
        } else {
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('--')) {
                throw new UsageError(`--${name} needs a value (write --${name}=<value> for a value that starts with --).`, spec.name);
            }
            raw = next;
            i++;
        }

        if (name === 'wait') {
            const value = parseBoolean(raw);
            if (value === undefined) throw new UsageError('--wait must be true or false (or given alone for true).', spec.name);
            wait = value;
        } else if (name === 'timeout') {
            const seconds = Number(raw);
            if (raw.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) {
                throw new UsageError('--timeout must be a positive number of seconds.', spec.name);
            }
            timeoutMs = Math.round(seconds * 1000);
        } else if (name === 'body') {
            body = { value: await readJsonArgument('body', raw, io) };
        } else if (option !== undefined) {
            try {
                params[name] = await parseOptionValue(option, raw, io);
            } catch (err) {
                if (err instanceof UsageError) throw new UsageError(err.message, spec.name);
                throw err;
            }
        }
    }
    if (body !== undefined) mergeBody(spec, body.value, params);
    if (timeoutMs !== undefined && !wait) throw new UsageError('--timeout applies to --wait: give both.', spec.name);
    return { params, wait, help: false, ...(timeoutMs === undefined ? {} : { timeoutMs }) };
}
