import type { RouteTemplate } from './RouteTemplate';

/**
 * ASP.NET Core's inbound route precedence (RoutePrecedence.ComputeInbound), one digit per segment: 1 literal,
 * 2 complex segment or constrained parameter, 3 parameter, 4 constrained catch-all, 5 catch-all. Routes are tried
 * in ascending order of the decimal `d0.d1d2…`, so literal segments win over parameters.
 */
export function routePrecedence(template: RouteTemplate): number[] {
    return template.segments.map((segment) => {
        if (segment.parts.length > 1) return 2;
        const part = segment.parts[0];
        if (part === undefined || part.kind === 'literal') return 1;
        const digit = part.catchAll ? 5 : 3;
        return part.constraints.length > 0 ? digit - 1 : digit;
    });
}

/** Orders two precedence digit lists as the decimals they stand for. */
export function comparePrecedence(a: readonly number[], b: readonly number[]): number {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0) return d;
    }
    return 0;
}
