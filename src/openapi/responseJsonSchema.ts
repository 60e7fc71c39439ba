import type { BodySchema } from '../asm/schema/schema';
import { type JsonSchema, toJsonSchema } from '../asm/schema/toJsonSchema';

/** The JSON Schema of a response document as the facade answers it: a list document as `{ "value": [...] }`. */
export function responseJsonSchema(schema: BodySchema): JsonSchema {
    const json = toJsonSchema(schema, { direction: 'response' });
    if (!('item' in schema)) return json;
    return { type: 'object', required: ['value'], properties: { value: json } };
}
