import type { FacadeFunction } from '../facade/FacadeFunction';
import { jsonResponse } from '../facade/output/jsonResponse';
import { OPENAPI_ROUTE } from '../facade/routes/listFacadeRoutes';
import { buildOpenApiDocument } from './buildOpenApiDocument';
import type { OpenApiDocument } from './OpenApiDocument';

/** GET /api/openapi.json (anonymous): the generated document, built on the first request and kept. */
export function openApiFunction(): FacadeFunction {
    let document: OpenApiDocument | undefined;
    return {
        name: OPENAPI_ROUTE.operationId,
        options: {
            methods: [OPENAPI_ROUTE.method],
            route: OPENAPI_ROUTE.route,
            authLevel: 'anonymous',
            handler: async () => {
                document ??= buildOpenApiDocument();
                return jsonResponse(200, document, { 'cache-control': 'public, max-age=300' });
            },
        },
    };
}
