import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { AsmValidationError } from '../errors/AsmValidationError';
import { paramNames } from './paramNames';

/** Every parameter name of an operation, computed once per spec (specs are constants of the catalogue). */
const knownCache = new WeakMap<OperationSpec, ReadonlySet<string>>();
function knownNames(spec: OperationSpec): ReadonlySet<string> {
    let known = knownCache.get(spec);
    if (known === undefined) {
        const names = paramNames(spec);
        known = new Set([...names.path, ...names.query, ...names.body]);
        knownCache.set(spec, known);
    }
    return known;
}

/**
 * Checks the flattened parameters of a call before anything is sent: an object, and no name the operation does
 * not know (a typo such as `servicename` would otherwise be dropped silently). Field constraints (required,
 * pattern, lengths, enums) are the schema validator's: see src/asm/schema/validate.ts.
 */
export function validateParams(spec: OperationSpec, params: unknown): Readonly<Record<string, unknown>> {
    if (params === undefined || params === null) return {};
    if (typeof params !== 'object' || Array.isArray(params)) {
        throw new AsmValidationError('params', 'must be an object of named parameters.', spec.name);
    }
    const record = params as Readonly<Record<string, unknown>>;
    const known = knownNames(spec);
    for (const key in record) {
        if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
        if (record[key] !== undefined && !known.has(key)) {
            const expected = known.size === 0 ? 'none' : [...known].join(', ');
            throw new AsmValidationError(key, `is not a parameter of ${spec.name} (expected: ${expected}).`, spec.name);
        }
    }
    return record;
}
