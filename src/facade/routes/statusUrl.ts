import { operations } from '../../asm/operations/catalogue';
import { ROUTE_PREFIX } from './ROUTE_PREFIX';
import { routeOf } from './routeOf';

/** The absolute URL of `GET /api/operations/{requestId}`, on the origin the request came to. */
export function statusUrl(requestUrl: string, requestId: string): string {
    const route = routeOf(operations.getOperationStatus).route.replace('{requestId}', encodeURIComponent(requestId));
    return new URL(`/${ROUTE_PREFIX}/${route}`, requestUrl).href;
}
