import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { AsmValidationError } from '../errors/AsmValidationError';

const encode = (text: string): string => encodeURIComponent(text);

/**
 * The query string of a call (without `?`): the spec's fixed pairs, then each query parameter the caller set, in
 * spec order. `value` parameters send their value (booleans as `true`/`false`), `flag` parameters add their fixed
 * pair when true. Spaces are `%20` (`location=West%20US`), as ASM clients send them.
 */
export function buildQuery(spec: OperationSpec, params: Readonly<Record<string, unknown>>): string {
    const pairs: string[] = [];
    for (const [name, value] of Object.entries(spec.fixedQuery ?? {})) pairs.push(`${encode(name)}=${encode(value)}`);
    for (const [key, param] of Object.entries(spec.query ?? {})) {
        const value = params[key];
        if (value === undefined || value === null) continue;
        if (param.mode === 'flag') {
            if (typeof value !== 'boolean') throw new AsmValidationError(key, 'must be a boolean (flag).', spec.name);
            if (value) pairs.push(`${encode(param.name)}=${encode(param.value)}`);
            continue;
        }
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
            throw new AsmValidationError(key, `must be a ${param.field.kind}, got ${typeof value}.`, spec.name);
        }
        pairs.push(`${encode(param.name)}=${encode(String(value))}`);
    }
    return pairs.join('&');
}
