import { parseRouteSegment } from './parseRouteSegment';
import type { RouteParameter, RouteTemplate } from './RouteTemplate';

/**
 * Parses an ASP.NET Core route template (`subscriptions/{subscriptionId}/deployments/{name:alpha?}`, `files/{*path}`)
 * and checks what the host would reject: empty segments, duplicate names, a catch-all that is not last or not
 * alone, optional parameters followed by required segments.
 */
export function parseRouteTemplate(text: string): RouteTemplate {
    const trimmed = text.replace(/^~?\/+/, '').replace(/\/+$/, '');
    if (trimmed.replace(/\{[^}]*\}/g, '').includes('?')) {
        throw new Error(`The route template '${text}' cannot contain '?' outside a parameter.`);
    }
    const raw = trimmed === '' ? [] : trimmed.split('/');
    const segments = raw.map((s) => {
        if (s === '') throw new Error(`The route template '${text}' has an empty segment.`);
        return parseRouteSegment(s, text);
    });
    const names = new Set<string>();
    let sawOptional = false;
    segments.forEach((segment, i) => {
        const parameters = segment.parts.filter((p): p is RouteParameter => p.kind === 'parameter');
        for (const p of parameters) {
            const key = p.name.toLowerCase();
            if (names.has(key)) throw new Error(`The route template '${text}' uses the parameter name '${p.name}' twice.`);
            names.add(key);
            if (p.catchAll && (i !== segments.length - 1 || segment.parts.length !== 1)) {
                throw new Error(`The route template '${text}': a catch-all parameter must be the whole last segment.`);
            }
            if (p.optional && segment.parts.length > 1 && segment.parts[segment.parts.length - 1] !== p) {
                throw new Error(`The route template '${text}': an optional parameter must end its segment.`);
            }
        }
        const only = segment.parts.length === 1 ? segment.parts[0] : undefined;
        const skippable = only?.kind === 'parameter' && (only.optional || only.defaultValue !== undefined || only.catchAll);
        if (sawOptional && !skippable) throw new Error(`The route template '${text}': an optional segment must not be followed by a required one.`);
        if (skippable) sawOptional = true;
    });
    return { text, segments };
}
