import type { RouteParameter, RouteSegment } from './RouteTemplate';

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function satisfies(parameter: RouteParameter, value: string): boolean {
    return parameter.constraints.every((c) => c.test(value));
}

const complexCache = new WeakMap<RouteSegment, RegExp>();

function complexRegExp(segment: RouteSegment): RegExp {
    let re = complexCache.get(segment);
    if (!re) {
        const last = segment.parts[segment.parts.length - 1];
        const optionalTail = last?.kind === 'parameter' && last.optional;
        let source = '';
        segment.parts.forEach((part, i) => {
            const isLast = i === segment.parts.length - 1;
            if (part.kind === 'literal') {
                const escaped = escapeRegExp(part.text);
                source += optionalTail && i === segment.parts.length - 2 ? `(?:${escaped}` : escaped;
            } else if (isLast && optionalTail) {
                source += segment.parts.length > 1 ? '([^.]+))?' : '(.+)?';
            } else {
                source += optionalTail ? '(.+?)' : '(.+)';
            }
        });
        re = new RegExp(`^${source}$`, 'is');
        complexCache.set(segment, re);
    }
    return re;
}

/**
 * Matches one decoded path segment against a template segment (literals case-insensitively, constraints applied)
 * and adds the route values it binds to `values`. Returns false when it does not match.
 */
export function matchRouteSegment(segment: RouteSegment, value: string, values: Record<string, string>): boolean {
    const only = segment.parts.length === 1 ? segment.parts[0] : undefined;
    if (only?.kind === 'literal') return only.text.toUpperCase() === value.toUpperCase();
    if (only?.kind === 'parameter') {
        if (value === '' || !satisfies(only, value)) return false;
        values[only.name] = value;
        return true;
    }
    const m = complexRegExp(segment).exec(value);
    if (!m) return false;
    let group = 1;
    for (const part of segment.parts) {
        if (part.kind !== 'parameter') continue;
        const bound = m[group++];
        if (bound === undefined) {
            if (part.defaultValue !== undefined) values[part.name] = part.defaultValue;
            continue;
        }
        if (!satisfies(part, bound)) return false;
        values[part.name] = bound;
    }
    return true;
}
