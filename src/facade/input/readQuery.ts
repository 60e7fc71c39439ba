import type { OperationSpec, QueryParam } from '../../asm/operations/OperationSpec';
import type { ScalarField } from '../../asm/schema/schema';
import { validateModel, type ValidationIssue } from '../../asm/schema/validate';

/** Query names the facade itself owns: `code` (the Functions key, read by the host) and `wait` (async operations). */
export const FUNCTION_KEY_QUERY = 'code';
export const WAIT_QUERY = 'wait';

export interface QueryInput {
    readonly values: Record<string, unknown>;
    readonly wait: boolean;
    readonly issues: ValidationIssue[];
}

function parseBoolean(text: string): boolean | undefined {
    return text === 'true' ? true : text === 'false' ? false : undefined;
}

function parseScalar(field: ScalarField, text: string): unknown {
    switch (field.kind) {
        case 'bool':
            return parseBoolean(text) ?? text;
        case 'int':
            return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
        default:
            return text;
    }
}

function readParam(param: QueryParam, text: string, path: string, issues: ValidationIssue[]): unknown {
    if (param.mode === 'flag') {
        const flag = parseBoolean(text);
        if (flag === undefined) issues.push({ path, message: 'must be true or false' });
        return flag;
    }
    const value = parseScalar(param.field, text);
    issues.push(...validateModel(param.field, value, path));
    return value;
}

/**
 * Reads an operation's query parameters by their camelCase names (`embedDetail`, `deleteVhd`, `location`), typed by
 * the catalogue (flags and booleans `true`/`false`, integers, strings with their constraints), plus `wait` on
 * operations that may be asynchronous. A name the operation does not take, or one given twice, is an issue.
 */
export function readQuery(spec: OperationSpec, query: URLSearchParams): QueryInput {
    const values: Record<string, unknown> = {};
    const issues: ValidationIssue[] = [];
    let wait = false;
    const known = spec.query ?? {};
    const mayWait = spec.async !== false;
    for (const key of new Set(query.keys())) {
        const all = query.getAll(key);
        const path = `query.${key}`;
        if (key === FUNCTION_KEY_QUERY) continue;
        if (all.length > 1) {
            issues.push({ path, message: 'must be given once' });
            continue;
        }
        const text = all[0] ?? '';
        if (key === WAIT_QUERY && mayWait) {
            const flag = parseBoolean(text);
            if (flag === undefined) issues.push({ path, message: 'must be true or false' });
            else wait = flag;
            continue;
        }
        const param = Object.hasOwn(known, key) ? known[key] : undefined;
        if (param === undefined) {
            const expected = [...Object.keys(known), ...(mayWait ? [WAIT_QUERY] : [])];
            issues.push({ path, message: `is not a parameter of ${spec.name} (expected: ${expected.length === 0 ? 'none' : expected.join(', ')})` });
            continue;
        }
        const value = readParam(param, text, path, issues);
        if (value !== undefined) values[key] = value;
    }
    return { values, wait, issues };
}
