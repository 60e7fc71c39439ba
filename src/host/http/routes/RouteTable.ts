import { matchRouteTemplate } from './matchRouteTemplate';
import { comparePrecedence, routePrecedence } from './routePrecedence';
import { parseRouteTemplate } from './parseRouteTemplate';
import type { RouteTemplate } from './RouteTemplate';
import { splitRequestPath } from './splitRequestPath';

interface RouteEntry<T> {
    readonly template: RouteTemplate;
    readonly methods: ReadonlySet<string>;
    readonly precedence: readonly number[];
    readonly target: T;
}

/** A matched route: what it routes to and its decoded route values. */
export interface RouteMatch<T> {
    readonly target: T;
    readonly template: RouteTemplate;
    readonly params: Record<string, string>;
}

/**
 * The host's HTTP routes: each function's template (route prefix included) with its methods as a constraint,
 * tried in ASP.NET route precedence order (literal before constrained before plain parameter before catch-all;
 * registration order among equals). A method mismatch is just no match: the host answers 404, not 405.
 */
export class RouteTable<T> {
    #entries: RouteEntry<T>[] = [];

    /** Adds a route; throws if the template is invalid. */
    add(template: string, methods: readonly string[], target: T): RouteTemplate {
        const parsed = parseRouteTemplate(template);
        const entry: RouteEntry<T> = {
            template: parsed,
            methods: new Set(methods.map((m) => m.toUpperCase())),
            precedence: routePrecedence(parsed),
            target,
        };
        const at = this.#entries.findIndex((e) => comparePrecedence(entry.precedence, e.precedence) < 0);
        if (at < 0) this.#entries.push(entry);
        else this.#entries.splice(at, 0, entry);
        return parsed;
    }

    /** The first route (in precedence order) whose template and method match the request path. */
    match(method: string, pathname: string): RouteMatch<T> | undefined {
        const segments = splitRequestPath(pathname);
        const upper = method.toUpperCase();
        for (const entry of this.#entries) {
            if (!entry.methods.has(upper)) continue;
            const params = matchRouteTemplate(entry.template, segments);
            if (params) return { target: entry.target, template: entry.template, params };
        }
        return undefined;
    }

    get size(): number {
        return this.#entries.length;
    }
}
