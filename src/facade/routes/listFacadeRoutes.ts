import { catalogue } from '../../asm/operations/catalogue';
import type { FacadeRoute } from './FacadeRoute';
import { routeOf } from './routeOf';

/** The facade's own documented endpoints besides the catalogue operations (anonymous). */
export const HEALTH_ROUTE: FacadeRoute = { method: 'GET', route: 'health', operationId: 'health' };
export const OPENAPI_ROUTE: FacadeRoute = { method: 'GET', route: 'openapi.json', operationId: 'openapi' };

/**
 * Every route the facade registers and documents in /api/openapi.json: one per catalogue operation, then health
 * and openapi. Routes are below the Functions route prefix `api`. Not listed: the catch-all `{*path}` (fallback)
 * that answers problem+json 404/405 for everything else (see FALLBACK_ROUTE).
 */
export function listFacadeRoutes(): readonly FacadeRoute[] {
    return [...catalogue.map(routeOf), HEALTH_ROUTE, OPENAPI_ROUTE];
}
