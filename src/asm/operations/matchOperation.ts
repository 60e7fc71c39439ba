import { catalogue } from './catalogue';
import type { OperationSpec } from './OperationSpec';

/** An operation found for a request: path parameters URI-decoded, query parameters by their camelCase names. */
export interface OperationMatch {
    readonly operation: OperationSpec;
    /** By the template's names, `subscriptionId` excluded (it is the first segment, see the emulator transport). */
    readonly pathParams: Readonly<Record<string, string>>;
    /** Flags as booleans (always present), values as strings (present when sent). */
    readonly query: Readonly<Record<string, string | boolean>>;
}

type Segment = { readonly literal: string } | { readonly param: string };

interface CompiledOperation {
    readonly operation: OperationSpec;
    readonly segments: readonly Segment[];
    readonly fixedQuery: readonly (readonly [string, string])[];
}

function splitPath(path: string): string[] {
    return path.split('/').filter((s) => s !== '');
}

function compile(operation: OperationSpec): CompiledOperation {
    const segments = splitPath(operation.path).map((s): Segment => {
        const m = /^\{(.+)\}$/.exec(s);
        return m?.[1] !== undefined ? { param: m[1] } : { literal: s.toLowerCase() };
    });
    const fixedQuery = Object.entries(operation.fixedQuery ?? {}).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()] as const);
    return { operation, segments, fixedQuery };
}

let compiled: readonly CompiledOperation[] | undefined;
function compiledCatalogue(): readonly CompiledOperation[] {
    compiled ??= catalogue.map(compile);
    return compiled;
}

/** Query pairs with lower-cased keys; `+` is a space, as form encoding writes it. */
function parseQuery(query: string): Map<string, string[]> {
    const pairs = new Map<string, string[]>();
    for (const [k, v] of new URLSearchParams(query)) {
        const key = k.toLowerCase();
        pairs.set(key, [...(pairs.get(key) ?? []), v]);
    }
    return pairs;
}

function decodeSegment(segment: string): string | undefined {
    try {
        return decodeURIComponent(segment);
    } catch {
        return undefined;
    }
}

/** Path parameters and the number of literal segments matched, or undefined when the path is not this template. */
function matchPath(c: CompiledOperation, segments: readonly string[]): { params: Record<string, string>; literals: number } | undefined {
    if (segments.length !== c.segments.length) return undefined;
    const params: Record<string, string> = {};
    let literals = 0;
    for (let i = 0; i < segments.length; i++) {
        const template = c.segments[i];
        const actual = segments[i];
        if (template === undefined || actual === undefined) return undefined;
        if ('literal' in template) {
            if (template.literal !== actual.toLowerCase()) return undefined;
            literals += 1;
        } else {
            const decoded = decodeSegment(actual);
            if (decoded === undefined || decoded === '') return undefined;
            if (template.param !== 'subscriptionId') params[template.param] = decoded;
        }
    }
    return { params, literals };
}

function hasPair(query: Map<string, string[]>, key: string, value: string): boolean {
    return (query.get(key.toLowerCase()) ?? []).some((v) => v.toLowerCase() === value.toLowerCase());
}

function queryParams(operation: OperationSpec, query: Map<string, string[]>): Record<string, string | boolean> {
    const out: Record<string, string | boolean> = {};
    for (const [name, param] of Object.entries(operation.query ?? {})) {
        if (param.mode === 'flag') {
            out[name] = hasPair(query, param.name, param.value);
        } else {
            const value = query.get(param.name.toLowerCase())?.[0];
            if (value !== undefined) out[name] = value;
        }
    }
    return out;
}

/** The path and query of a request target; an absolute URL (`https://host/…`) is reduced to its path and query. */
function pathAndQueryOf(target: string): string {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return target;
    const url = new URL(target);
    return url.pathname + url.search;
}

/**
 * Finds the catalogue operation a request addresses: method, then path (literal segments case-insensitive, trailing
 * slash ignored, `{param}` segments URI-decoded), then the operation's fixed query pairs (`comp=status`). Among
 * several candidates the most specific wins (more literal segments, then more fixed query pairs, then catalogue
 * order).
 *
 * The body's root element (namespace prefix and stray spaces ignored) decides between operations sharing all of
 * those (the role `Operations` endpoints): when given, an operation with a request body must have that root, so a
 * root no candidate accepts gives undefined. Without it, the first most specific candidate is returned (the
 * emulator router asks again without the root, to answer 400 for a wrong body rather than 404).
 */
export function matchOperation(method: string, pathAndQuery: string, bodyRootElement?: string): OperationMatch | undefined {
    const target = pathAndQueryOf(pathAndQuery);
    const queryAt = target.indexOf('?');
    const path = queryAt < 0 ? target : target.slice(0, queryAt);
    const query = parseQuery(queryAt < 0 ? '' : target.slice(queryAt + 1));
    const segments = splitPath(path);
    const verb = method.toUpperCase();
    const root = bodyRootElement?.trim().replace(/^[^:]*:/, '');

    let best: { c: CompiledOperation; params: Record<string, string>; score: number } | undefined;
    for (const c of compiledCatalogue()) {
        if (c.operation.method !== verb) continue;
        const requestRoot = c.operation.request?.root;
        if (root !== undefined && requestRoot !== undefined && requestRoot !== root) continue;
        const matched = matchPath(c, segments);
        if (matched === undefined) continue;
        if (!c.fixedQuery.every(([k, v]) => hasPair(query, k, v))) continue;
        const score = matched.literals * 100 + c.fixedQuery.length;
        if (best === undefined || score > best.score) best = { c, params: matched.params, score };
    }
    if (best === undefined) return undefined;
    return { operation: best.c.operation, pathParams: best.params, query: queryParams(best.c.operation, query) };
}
