import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { type BodySchema, type Fields, isListDocument } from '../../asm/schema/schema';
import { resolveRequestConstants } from '../../client/request/resolveRequestConstants';

const cache = new WeakMap<OperationSpec, BodySchema | null>();

/**
 * The JSON request body the facade takes for an operation: the catalogue's request document without the fields
 * the operation pins (requestConstants: the role operations' `operationType`), which the client adds itself.
 * Undefined when the operation takes no body. One schema serves validation and the OpenAPI document.
 */
export function requestBodySchema(spec: OperationSpec): BodySchema | undefined {
    const cached = cache.get(spec);
    if (cached !== undefined) return cached ?? undefined;
    const schema = spec.request;
    let result: BodySchema | undefined = schema;
    if (schema !== undefined && !isListDocument(schema)) {
        const pinned = new Set(Object.keys(resolveRequestConstants(spec)));
        if (pinned.size > 0) {
            const fields: Record<string, Fields[string]> = {};
            for (const [key, field] of Object.entries(schema.fields)) if (!pinned.has(key)) fields[key] = field;
            result = { root: schema.root, fields };
        }
    }
    cache.set(spec, result ?? null);
    return result;
}
