import type { Field, Fields, ItemField } from '../asm/schema/schema';
import type { CliOption } from './CliOption';

function fieldNames(fields: Fields): string {
    return Object.entries(fields)
        .map(([name, f]) => `${name}${f.required === true ? '*' : ''}`)
        .join(', ');
}

/** `<string>`, `<int>`, `[true|false]`, `<json object>` (objects and dictionaries), `<json array>`. */
export function valueHint(field: Field): string {
    switch (field.kind) {
        case 'string':
            return '<string>';
        case 'int':
            return '<int>';
        case 'bool':
            return '[true|false]';
        case 'object':
        case 'dict':
            return '<json object>';
        case 'list':
            return '<json array>';
    }
}

function itemText(item: ItemField): string {
    return item.kind === 'object' ? `objects with fields (* required): ${fieldNames(item.fields)}` : `${item.kind}s`;
}

/** The help details of an option: required, description, enum and constraints, and the shape of JSON values. */
export function describeOption(option: CliOption): string {
    const field = option.field;
    const parts: string[] = [];
    if (option.required) parts.push('Required.');
    if (field.description !== undefined) parts.push(field.description.endsWith('.') ? field.description : `${field.description}.`);
    if (field.kind === 'string') {
        if (field.enum !== undefined) parts.push(`One of: ${field.enum.join(', ')}.`);
        const length =
            field.minLength !== undefined && field.maxLength !== undefined
                ? `${field.minLength}-${field.maxLength} characters`
                : field.maxLength !== undefined
                  ? `at most ${field.maxLength} characters`
                  : field.minLength !== undefined
                    ? `at least ${field.minLength} characters`
                    : undefined;
        if (length !== undefined) parts.push(`${length[0]?.toUpperCase()}${length.slice(1)}.`);
        if (field.pattern !== undefined) parts.push(`Pattern ${field.pattern}.`);
        if (field.format !== undefined) parts.push(field.format === 'uri' ? 'An absolute URI.' : 'An ISO 8601 date-time.');
    }
    if (field.kind === 'int') {
        if (field.minimum !== undefined) parts.push(`At least ${field.minimum}.`);
        if (field.maximum !== undefined) parts.push(`At most ${field.maximum}.`);
    }
    if (field.kind === 'object') parts.push(`Fields (* required): ${fieldNames(field.fields)}.`);
    if (field.kind === 'list') {
        parts.push(`A list of ${itemText(field.of)}.`);
        if (field.maxItems !== undefined) parts.push(`At most ${field.maxItems} items.`);
    }
    if (field.kind === 'dict') {
        parts.push('Names and string values: {"name": "value", …}.');
        if (field.maxItems !== undefined) parts.push(`At most ${field.maxItems} entries.`);
    }
    return parts.join(' ');
}
