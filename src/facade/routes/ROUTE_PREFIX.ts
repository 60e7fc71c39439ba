/** The Functions HTTP route prefix (host.json `extensions.http.routePrefix`, default `api`): routes are below it. */
export const ROUTE_PREFIX = 'api';
