import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { AsmValidationError } from '../errors/AsmValidationError';
import { paramNames } from './paramNames';

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
    const names = paramNames(spec);
    const known = new Set([...names.path, ...names.query, ...names.body]);
    for (const [key, value] of Object.entries(record)) {
        if (value !== undefined && !known.has(key)) {
            const expected = known.size === 0 ? 'none' : [...known].join(', ');
            throw new AsmValidationError(key, `is not a parameter of ${spec.name} (expected: ${expected}).`, spec.name);
        }
    }
    return record;
}
