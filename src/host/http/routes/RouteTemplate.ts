/** A route constraint (`int`, `length(2)`, `regex(^a)`) ready to test a decoded route value. */
export interface RouteConstraint {
    readonly text: string;
    test(value: string): boolean;
}

export interface RouteLiteral {
    readonly kind: 'literal';
    readonly text: string;
}

export interface RouteParameter {
    readonly kind: 'parameter';
    readonly name: string;
    readonly optional: boolean;
    readonly catchAll: boolean;
    readonly defaultValue?: string;
    readonly constraints: readonly RouteConstraint[];
}

export type RoutePart = RouteLiteral | RouteParameter;

/** One `/`-separated segment: a literal, a parameter, or a complex mix (`{name}.{ext}`). */
export interface RouteSegment {
    readonly parts: readonly RoutePart[];
}

/** A parsed ASP.NET Core route template (what HTTP triggers' `route` is). */
export interface RouteTemplate {
    readonly text: string;
    readonly segments: readonly RouteSegment[];
}
