import { decodePathSegment } from './decodePathSegment';
import { matchRouteSegment } from './matchRouteSegment';
import type { RouteTemplate } from './RouteTemplate';

/**
 * Matches raw request path segments against a template; returns the decoded route values (defaults included,
 * absent optionals left out) or undefined. A catch-all takes the rest of the path (possibly empty), slashes kept.
 */
export function matchRouteTemplate(template: RouteTemplate, rawSegments: readonly string[]): Record<string, string> | undefined {
    const values: Record<string, string> = {};
    const { segments } = template;
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        if (segment === undefined) return undefined;
        const only = segment.parts.length === 1 ? segment.parts[0] : undefined;
        if (only?.kind === 'parameter' && only.catchAll) {
            const rest = rawSegments.slice(i).map(decodePathSegment).join('/');
            if (rest === '') {
                if (only.defaultValue !== undefined) values[only.name] = only.defaultValue;
                return values;
            }
            if (!only.constraints.every((c) => c.test(rest))) return undefined;
            values[only.name] = rest;
            return values;
        }
        const raw = rawSegments[i];
        if (raw === undefined) {
            if (only?.kind !== 'parameter' || !(only.optional || only.defaultValue !== undefined)) return undefined;
            if (only.defaultValue !== undefined) values[only.name] = only.defaultValue;
            continue;
        }
        if (!matchRouteSegment(segment, decodePathSegment(raw), values)) return undefined;
    }
    return rawSegments.length <= segments.length ? values : undefined;
}
