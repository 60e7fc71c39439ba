import { catalogue } from '../asm/operations/catalogue';
import { listFacadeRoutes } from '../facade/routes/listFacadeRoutes';
import { ROUTE_PREFIX } from '../facade/routes/ROUTE_PREFIX';
import { routeOf } from '../facade/routes/routeOf';
import { createSchemaRegistry } from './createSchemaRegistry';
import { EXTRA_ROUTES, EXTRA_TAGS } from './extraRoutes';
import { openApiComponents } from './openApiComponents';
import type { OpenApiDocument } from './OpenApiDocument';
import { operationObject } from './operationObject';

/** The API's version in the document (the package version). */
export const API_VERSION = '0.1.0';

const TAGS: Readonly<Record<string, string>> = {
    locations: 'Regions available to the subscription.',
    hostedServices: 'Cloud services.',
    deployments: 'Deployments of cloud services (packages) and their slots.',
    storageAccounts: 'Classic storage accounts.',
    operations: 'Asynchronous operations.',
    operatingSystems: 'Guest OS releases and families.',
    osImages: 'OS images.',
    virtualMachines: 'Virtual machine deployments and roles.',
    vmImages: 'VM images.',
    roleSizes: 'Role sizes.',
    facade: 'The facade itself.',
};

/**
 * The OpenAPI 3.1 document of the HTTP facade, generated from the catalogue: one operation per catalogue entry
 * (operationId = its name) at its facade route, path and query parameters and JSON request bodies from its schemas
 * (JSON Schema 2020-12: closed request objects), response schemas (lists as `{ value }`), 202 + OperationStatus for
 * asynchronous operations, problem+json errors; plus /health and /openapi.json, and the app's other HTTP functions
 * (GET /operations, the cleanup runs: EXTRA_ROUTES). Paths are below the server `/api`.
 */
export function buildOpenApiDocument(): OpenApiDocument {
    const components = openApiComponents();
    const registry = createSchemaRegistry(components.schemas);
    const paths: Record<string, Record<string, unknown>> = {};
    const add = (route: string, method: string, operation: Record<string, unknown>): void => {
        const item = (paths[`/${route}`] ??= {});
        item[method.toLowerCase()] = operation;
    };
    for (const spec of catalogue) {
        const { method, route } = routeOf(spec);
        add(route, method, operationObject(spec, registry));
    }
    const own = listFacadeRoutes().filter((r) => !catalogue.some((spec) => spec.name === r.operationId));
    for (const r of own) {
        if (r.operationId === 'health') {
            add(r.route, r.method, {
                operationId: 'health',
                summary: 'Health of the function app: configuration, management certificate, ASM and storage reachability.',
                tags: ['facade'],
                security: [],
                responses: {
                    '200': { description: 'Healthy (checks pass or warn).', content: { 'application/json': { schema: { $ref: '#/components/schemas/HealthReport' } } } },
                    '503': { description: 'Unhealthy: at least one check failed.', content: { 'application/json': { schema: { $ref: '#/components/schemas/HealthReport' } } } },
                },
            });
        } else {
            add(r.route, r.method, {
                operationId: r.operationId,
                summary: 'This document.',
                tags: ['facade'],
                security: [],
                responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
            });
        }
    }
    for (const r of EXTRA_ROUTES) add(r.route, r.method, { operationId: r.operationId, tags: [r.tag], ...r.operation });
    const resources = [...new Set([...catalogue.map((s) => s.resource), 'facade', ...EXTRA_ROUTES.map((r) => r.tag)])];
    return {
        openapi: '3.1.0',
        info: {
            title: 'asm-functions',
            version: API_VERSION,
            summary: 'Azure Service Management (classic) as a JSON API.',
            description:
                'One endpoint per ASM management operation. JSON names are the Python SDK’s parameter and attribute names in camelCase; ' +
                'lists answer { "value": [...] }; asynchronous operations answer 202 with Location and Retry-After (add ?wait=true to wait); ' +
                'errors are application/problem+json (RFC 9457) with ASM’s code and x-ms-request-id.',
            license: { name: 'MIT', identifier: 'MIT' },
        },
        servers: [{ url: `/${ROUTE_PREFIX}` }],
        tags: resources.map((name) => {
            const description = TAGS[name] ?? EXTRA_TAGS[name];
            return { name, ...(description === undefined ? {} : { description }) };
        }),
        security: [{ functionKey: [] }, { functionKeyQuery: [] }],
        paths,
        components: { ...components, schemas: registry.schemas },
    };
}
