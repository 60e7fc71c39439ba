import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { isListDocument } from '../../asm/schema/schema';
import { AsmValidationError } from '../errors/AsmValidationError';

/**
 * The spec's requestConstants keyed by request model field. A constant may be keyed by the field's camelCase name
 * (`operationType`) or by its XML element name (`OperationType`); a key naming no top-level field of the request
 * document is a catalogue error, reported rather than silently dropped.
 */
export function resolveRequestConstants(spec: OperationSpec): Record<string, string> {
    const constants = spec.requestConstants;
    if (constants === undefined) return {};
    const schema = spec.request;
    const fields = schema === undefined || isListDocument(schema) ? {} : schema.fields;
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(constants)) {
        const field = key in fields ? key : Object.keys(fields).find((name) => fields[name]?.xml === key);
        if (field === undefined) {
            throw new AsmValidationError(`requestConstants.${key}`, 'names no field of the request document.', spec.name);
        }
        out[field] = value;
    }
    return out;
}
