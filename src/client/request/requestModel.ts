import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { isListDocument } from '../../asm/schema/schema';
import { AsmValidationError } from '../errors/AsmValidationError';
import { resolveRequestConstants } from './resolveRequestConstants';

/** Name of the parameter that carries a list-document request body (a whole array, not fields). */
export const LIST_BODY_PARAM = 'body';

/**
 * The request body model of a call, or undefined when the operation has none. For a document request it is made
 * of the parameters named like the request's top-level fields, with the spec's requestConstants pinned over them (a
 * caller value that differs from a constant is refused). A list-document request takes the array in `body`.
 */
export function requestModel(spec: OperationSpec, params: Readonly<Record<string, unknown>>): unknown {
    const schema = spec.request;
    if (schema === undefined) return undefined;
    if (isListDocument(schema)) return params[LIST_BODY_PARAM] ?? [];
    const model: Record<string, unknown> = {};
    for (const key of Object.keys(schema.fields)) {
        if (params[key] !== undefined) model[key] = params[key];
    }
    for (const [key, value] of Object.entries(resolveRequestConstants(spec))) {
        if (model[key] !== undefined && model[key] !== value) {
            throw new AsmValidationError(key, `is pinned to "${value}" by the operation.`, spec.name);
        }
        model[key] = value;
    }
    return model;
}
