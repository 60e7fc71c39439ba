import { SeedError } from './SeedError';
import { isSeedTime } from './seedTime';

export type Json = Record<string, unknown>;

const describe = (value: unknown): string =>
    value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? `'${value}'` : typeof value;

export function objectAt(value: unknown, field: string, allowed: readonly string[]): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SeedError(field, `expected an object, got ${describe(value)}`);
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key)) throw new SeedError(`${field}.${key}`, `unknown field (expected one of ${allowed.join(', ')})`);
    }
    return value as Json;
}

export function arrayAt(o: Json, key: string, field: string): unknown[] {
    const value = o[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new SeedError(`${field}.${key}`, `expected an array, got ${describe(value)}`);
    return value;
}

export function optionalString(o: Json, key: string, field: string, rule?: { pattern?: RegExp; oneOf?: readonly string[]; hint?: string }): string | undefined {
    const value = o[key];
    if (value === undefined) return undefined;
    const at = `${field}.${key}`;
    if (typeof value !== 'string') throw new SeedError(at, `expected a string, got ${describe(value)}`);
    if (rule?.pattern !== undefined && !rule.pattern.test(value)) throw new SeedError(at, `'${value}' is not valid${rule.hint === undefined ? '' : ` (${rule.hint})`}`);
    if (rule?.oneOf !== undefined && !rule.oneOf.some((v) => v.toLowerCase() === value.toLowerCase())) {
        throw new SeedError(at, `expected one of ${rule.oneOf.join(', ')}, got '${value}'`);
    }
    return value;
}

export function requiredString(o: Json, key: string, field: string, rule?: Parameters<typeof optionalString>[3]): string {
    const value = optionalString(o, key, field, rule);
    if (value === undefined || value === '') throw new SeedError(`${field}.${key}`, 'is required');
    return value;
}

export function optionalTime(o: Json, key: string, field: string): string | undefined {
    const value = optionalString(o, key, field);
    if (value !== undefined && !isSeedTime(value)) throw new SeedError(`${field}.${key}`, `expected an ISO 8601 time or -Nd/-Nh/-Nm, got '${value}'`);
    return value;
}

export function optionalNumber(o: Json, key: string, field: string, min: number, max: number): number | undefined {
    const value = o[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw new SeedError(`${field}.${key}`, `expected an integer from ${min} to ${max}, got ${describe(value)}`);
    }
    return value;
}

export function optionalBoolean(o: Json, key: string, field: string): boolean | undefined {
    const value = o[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw new SeedError(`${field}.${key}`, `expected true or false, got ${describe(value)}`);
    return value;
}

export function optionalDictionary(o: Json, key: string, field: string): Record<string, string> | undefined {
    const value = o[key];
    if (value === undefined) return undefined;
    const at = `${field}.${key}`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SeedError(at, `expected an object of strings, got ${describe(value)}`);
    const entries = Object.entries(value);
    if (entries.length > 50) throw new SeedError(at, `at most 50 extended properties, got ${entries.length}`);
    for (const [name, v] of entries) {
        if (typeof v !== 'string') throw new SeedError(`${at}.${name}`, `expected a string, got ${describe(v)}`);
    }
    return value as Record<string, string>;
}

/** Names must be unique (case-insensitively) within a list. */
export function uniqueNames(names: readonly string[], field: (index: number) => string, what: string): void {
    const seen = new Map<string, number>();
    names.forEach((name, i) => {
        const key = name.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) throw new SeedError(`${field(i)}.name`, `duplicate ${what} '${name}' (also at index ${first})`);
        seen.set(key, i);
    });
}
