import type { HttpMethod } from '@azure/functions';

import type { FacadeFunction } from './FacadeFunction';
import { failureResponse } from './output/failureResponse';
import { ProblemError } from './problems/ProblemError';
import { listFacadeRoutes } from './routes/listFacadeRoutes';
import { matchRouteTemplate } from './routes/matchRouteTemplate';
import { ROUTE_PREFIX } from './routes/ROUTE_PREFIX';

/** The catch-all route: every other route wins over it (ASP.NET Core gives catch-all parameters the lowest precedence). */
export const FALLBACK_ROUTE = '{*path}';

const ALL_METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];

function relativePath(url: string): string {
    const pathname = new URL(url).pathname.replace(/^\/+/, '');
    const prefix = `${ROUTE_PREFIX}/`;
    return pathname.toLowerCase().startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
}

/**
 * The facade's answer for requests no other function took: 405 (with `Allow`) when the path is a facade route
 * reached with another method, else 404 — both application/problem+json. Anonymous: it reveals only the routes
 * /api/openapi.json documents.
 */
export function fallbackFunction(): FacadeFunction {
    return {
        name: 'fallback',
        options: {
            methods: ALL_METHODS,
            route: FALLBACK_ROUTE,
            authLevel: 'anonymous',
            handler: async (request, context) => {
                let path: string;
                let instance: string | undefined;
                try {
                    path = relativePath(request.url);
                    instance = new URL(request.url).pathname;
                } catch {
                    path = '';
                }
                const allowed = [
                    ...new Set(listFacadeRoutes().filter((r) => matchRouteTemplate(r.route, path) !== undefined).map((r) => r.method)),
                ];
                const problem =
                    allowed.length > 0 && !allowed.includes(request.method.toUpperCase() as (typeof allowed)[number])
                        ? new ProblemError({
                              kind: 'method-not-allowed',
                              code: 'MethodNotAllowed',
                              detail: `${request.method.toUpperCase()} is not supported on this endpoint; it accepts ${allowed.join(', ')}.`,
                              headers: { allow: allowed.join(', ') },
                          })
                        : new ProblemError({
                              kind: 'not-found',
                              code: 'NotFound',
                              detail: `No endpoint at this path; the endpoints are listed in /${ROUTE_PREFIX}/openapi.json.`,
                          });
                return failureResponse(problem, context, { ...(instance === undefined ? {} : { instance }), invocationId: context.invocationId });
            },
        },
    };
}
