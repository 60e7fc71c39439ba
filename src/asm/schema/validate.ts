import type { BodySchema, DictField, Field, Fields, ItemField, ListField, StringField } from './schema';

/** One reason a value does not satisfy its schema, at a dotted path (`body.roleList[0].roleName`). */
export interface ValidationIssue {
    readonly path: string;
    readonly message: string;
}

type Schema = Fields | Field | BodySchema;

function isField(schema: Schema): schema is Field {
    return typeof (schema as { kind?: unknown }).kind === 'string' && typeof (schema as { xml?: unknown }).xml === 'string';
}

function isBodySchema(schema: Schema): schema is BodySchema {
    return typeof (schema as { root?: unknown }).root === 'string' && !isField(schema);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function checkFormat(field: StringField, value: string): string | undefined {
    if (field.format === 'uri') {
        try {
            new URL(value);
        } catch {
            return 'must be an absolute URI';
        }
    }
    if (field.format === 'date-time' && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
        return 'must be an ISO 8601 date-time';
    }
    return undefined;
}

function checkString(field: StringField, value: string, path: string, issues: ValidationIssue[]): void {
    const length = [...value].length;
    if (field.enum !== undefined && !field.enum.includes(value)) {
        issues.push({ path, message: `must be one of: ${field.enum.join(', ')}` });
    }
    if (field.minLength !== undefined && length < field.minLength) {
        issues.push({ path, message: `must be at least ${field.minLength} characters long` });
    }
    if (field.maxLength !== undefined && length > field.maxLength) {
        issues.push({ path, message: `must be at most ${field.maxLength} characters long` });
    }
    if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(value)) {
        issues.push({ path, message: `must match the pattern ${field.pattern}` });
    }
    const format = checkFormat(field, value);
    if (format !== undefined) issues.push({ path, message: format });
}

function checkItem(field: ItemField, value: unknown, path: string, issues: ValidationIssue[]): void {
    switch (field.kind) {
        case 'string':
            if (typeof value !== 'string') issues.push({ path, message: 'must be a string' });
            else checkString(field, value, path, issues);
            return;
        case 'int':
            if (typeof value !== 'number' || !Number.isInteger(value)) {
                issues.push({ path, message: 'must be an integer' });
                return;
            }
            if (field.minimum !== undefined && value < field.minimum) issues.push({ path, message: `must be ≥ ${field.minimum}` });
            if (field.maximum !== undefined && value > field.maximum) issues.push({ path, message: `must be ≤ ${field.maximum}` });
            return;
        case 'bool':
            if (typeof value !== 'boolean') issues.push({ path, message: 'must be a boolean' });
            return;
        case 'object':
            checkObject(field.fields, value, path, issues);
            return;
    }
}

function checkList(field: ListField, value: unknown, path: string, issues: ValidationIssue[]): void {
    if (!Array.isArray(value)) {
        issues.push({ path, message: 'must be an array' });
        return;
    }
    if (field.maxItems !== undefined && value.length > field.maxItems) {
        issues.push({ path, message: `must have at most ${field.maxItems} items` });
    }
    value.forEach((item: unknown, i) => {
        const itemPath = `${path}[${i}]`;
        if (item === undefined || item === null) issues.push({ path: itemPath, message: 'must not be empty' });
        else checkItem(field.of, item, itemPath, issues);
    });
}

function checkDict(field: DictField, value: unknown, path: string, issues: ValidationIssue[]): void {
    if (!isPlainObject(value)) {
        issues.push({ path, message: 'must be an object of string values' });
        return;
    }
    const entries = Object.entries(value);
    if (field.maxItems !== undefined && entries.length > field.maxItems) {
        issues.push({ path, message: `must have at most ${field.maxItems} entries` });
    }
    for (const [key, v] of entries) {
        if (key === '') issues.push({ path, message: 'must not have an empty name' });
        if (typeof v !== 'string') issues.push({ path: `${path}.${key}`, message: 'must be a string' });
    }
}

function checkField(field: Field, value: unknown, path: string, issues: ValidationIssue[]): void {
    if (value === undefined || value === null) {
        if (field.required) issues.push({ path, message: 'is required' });
        return;
    }
    if (field.kind === 'list') checkList(field, value, path, issues);
    else if (field.kind === 'dict') checkDict(field, value, path, issues);
    else checkItem(field, value, path, issues);
}

function checkObject(fields: Fields, value: unknown, path: string, issues: ValidationIssue[]): void {
    if (!isPlainObject(value)) {
        issues.push({ path, message: 'must be an object' });
        return;
    }
    for (const key of Object.keys(value)) {
        if (!Object.hasOwn(fields, key)) issues.push({ path: `${path}.${key}`, message: 'is not a known field' });
    }
    for (const [key, field] of Object.entries(fields)) {
        checkField(field, value[key], `${path}.${key}`, issues);
    }
}

/**
 * Checks a model value against its schema: a document (object or list), a single field, or an object's fields.
 * Reports types, required fields, enums, patterns, lengths, bounds, formats, item counts, and keys the schema does
 * not name; an empty array means the value is valid.
 */
export function validateModel(schema: Schema, value: unknown, path = 'body'): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    if (isField(schema)) {
        checkField(schema, value, path, issues);
    } else if (isBodySchema(schema)) {
        if ('item' in schema) {
            checkList({ kind: 'list', xml: schema.root, item: schema.item, of: schema.of }, value, path, issues);
        } else {
            checkObject(schema.fields, value, path, issues);
        }
    } else {
        checkObject(schema, value, path, issues);
    }
    return issues;
}
