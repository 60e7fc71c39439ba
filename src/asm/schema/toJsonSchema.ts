import { type BodySchema, type Field, type Fields, isListDocument, type ItemField, type StringField } from './schema';

/** A JSON Schema (2020-12) object, as plain JSON data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

export interface JsonSchemaOptions {
    /**
     * `request` (default): objects are closed (`additionalProperties: false`), as validateModel refuses keys the
     * schema does not name. `response`: objects stay open, so clients tolerate fields ASM adds later.
     */
    readonly direction?: 'request' | 'response';
}

type Schema = BodySchema | Field | Fields;

function isField(schema: Schema): schema is Field {
    return typeof (schema as { kind?: unknown }).kind === 'string' && typeof (schema as { xml?: unknown }).xml === 'string';
}

function isBody(schema: Schema): schema is BodySchema {
    return typeof (schema as { root?: unknown }).root === 'string' && !isField(schema);
}

function withDescription(schema: Record<string, unknown>, description: string | undefined): JsonSchema {
    if (description !== undefined) schema['description'] = description;
    return schema;
}

function stringSchema(field: StringField): Record<string, unknown> {
    const out: Record<string, unknown> = { type: 'string' };
    if (field.enum !== undefined) out['enum'] = [...field.enum];
    if (field.pattern !== undefined) out['pattern'] = field.pattern;
    if (field.minLength !== undefined) out['minLength'] = field.minLength;
    if (field.maxLength !== undefined) out['maxLength'] = field.maxLength;
    if (field.format !== undefined) out['format'] = field.format;
    return out;
}

function itemSchema(field: ItemField, closed: boolean): JsonSchema {
    switch (field.kind) {
        case 'string':
            return withDescription(stringSchema(field), field.description);
        case 'int': {
            const out: Record<string, unknown> = { type: 'integer' };
            if (field.minimum !== undefined) out['minimum'] = field.minimum;
            if (field.maximum !== undefined) out['maximum'] = field.maximum;
            return withDescription(out, field.description);
        }
        case 'bool':
            return withDescription({ type: 'boolean' }, field.description);
        case 'object':
            return withDescription(objectSchema(field.fields, closed), field.description);
    }
}

function fieldSchema(field: Field, closed: boolean): JsonSchema {
    switch (field.kind) {
        case 'list': {
            const out: Record<string, unknown> = { type: 'array', items: itemSchema(field.of, closed) };
            if (field.maxItems !== undefined) out['maxItems'] = field.maxItems;
            return withDescription(out, field.description);
        }
        case 'dict': {
            const out: Record<string, unknown> = {
                type: 'object',
                propertyNames: { minLength: 1 },
                additionalProperties: { type: 'string' },
            };
            if (field.maxItems !== undefined) out['maxProperties'] = field.maxItems;
            return withDescription(out, field.description);
        }
        default:
            return itemSchema(field, closed);
    }
}

function objectSchema(fields: Fields, closed: boolean): Record<string, unknown> {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(fields)) {
        properties[key] = fieldSchema(field, closed);
        if (field.required === true) required.push(key);
    }
    const out: Record<string, unknown> = { type: 'object', properties };
    if (required.length > 0) out['required'] = required;
    if (closed) out['additionalProperties'] = false;
    return out;
}

/**
 * The JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a model described in the schema language: a document (an
 * object, or an array for a list document), a single field, or an object's fields. It states what validateModel
 * checks — types, `required`, `enum`, `pattern`, `minLength`/`maxLength` (in code points, as both count),
 * `minimum`/`maximum`, `format`, `maxItems`, dictionaries of strings — with the fields' descriptions. Keys are the
 * model's camelCase names, never the XML element names.
 */
export function toJsonSchema(schema: Schema, options: JsonSchemaOptions = {}): JsonSchema {
    const closed = (options.direction ?? 'request') === 'request';
    if (isField(schema)) return fieldSchema(schema, closed);
    if (isBody(schema)) {
        if (isListDocument(schema)) return { type: 'array', items: itemSchema(schema.of, closed) };
        return objectSchema(schema.fields, closed);
    }
    return objectSchema(schema, closed);
}
