import type { FacadeFunction } from '../../../src/facade/FacadeFunction';
import { fallbackFunction } from '../../../src/facade/fallbackFunction';
import { matchRouteTemplate } from '../../../src/facade/routes/matchRouteTemplate';
import { type CallResult, invocation, readResult, requestFor } from './facadeHarness';

/**
 * Routes `METHOD /api/...?query` to one of `functions` the way the Functions host does (the route table; the
 * catch-all fallback last) and calls its handler: what a curl against `func start` would reach.
 */
export function createDispatcher(functions: readonly FacadeFunction[]): (method: string, url: string, json?: unknown) => Promise<CallResult & { readonly functionName: string }> {
    const fallback = fallbackFunction();
    return async (method, url, json) => {
        const [pathPart = '', query = ''] = url.replace(/^\/api\//, '').split('?', 2);
        for (const f of [...functions, fallback]) {
            if (f !== fallback && !f.options.methods.includes(method as (typeof f.options.methods)[number])) continue;
            const params = matchRouteTemplate(f.options.route, pathPart);
            if (params === undefined) continue;
            const request = requestFor(method, pathPart, { params: f === fallback ? {} : params, query, ...(json === undefined ? {} : { json }) });
            return { ...readResult(await f.options.handler(request, invocation(f.name))), functionName: f.name };
        }
        throw new Error('unreachable: the fallback matches everything');
    };
}
