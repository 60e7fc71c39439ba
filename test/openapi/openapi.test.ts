import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import { listFacadeRoutes } from '../../src/facade/routes/listFacadeRoutes';
import { API_VERSION, buildOpenApiDocument } from '../../src/openapi/buildOpenApiDocument';
import { EXTRA_ROUTES } from '../../src/openapi/extraRoutes';
import { openApiFunction } from '../../src/openapi/openApiFunction';
import { invocation, readResult, requestFor } from '../facade/helpers/facadeHarness';
import { projectRoot } from '../helpers/projectPaths';

type Operation = {
    operationId: string;
    parameters: ({ name: string; in: string; required: boolean; schema: Record<string, unknown> } | { $ref: string })[];
    requestBody?: { required: boolean; content: Record<string, { schema: { $ref: string } }> };
    responses: Record<string, { $ref?: string; content?: Record<string, { schema: { $ref?: string } }> }>;
    security?: unknown[];
};
type Doc = {
    openapi: string;
    info: { version: string };
    servers: { url: string }[];
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Record<string, unknown>>; responses: Record<string, unknown> };
};

const doc = buildOpenApiDocument() as unknown as Doc;
const operationAt = (method: string, route: string): Operation | undefined => doc.paths[`/${route}`]?.[method.toLowerCase()];
const resolve = (ref: string): Record<string, unknown> => {
    const name = ref.replace('#/components/schemas/', '');
    const schema = doc.components.schemas[name];
    assert.ok(schema, ref);
    return schema;
};

test('the document is valid OpenAPI 3.1', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const result = await new Validator().validate(buildOpenApiDocument() as unknown as Record<string, unknown>);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    const broken = JSON.parse(JSON.stringify(buildOpenApiDocument())) as Doc;
    const get = broken.paths['/locations']?.['get'];
    assert.ok(get?.responses['200']?.content?.['application/json']);
    get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Nope' };
    assert.equal((await new Validator().validate(broken as unknown as Record<string, unknown>)).valid, false, 'the validator is not vacuous');
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(doc.servers, [{ url: '/api' }]);
    const pkg = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
    assert.equal(doc.info.version, API_VERSION);
    assert.equal(API_VERSION, pkg.version);
});

test('every catalogue operation is in it, by operationId, at its route and method', () => {
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
    for (const spec of catalogue) assert.ok(ids.includes(spec.name), spec.name);
});

test('every registered route is documented, and nothing else', () => {
    const routes = [...listFacadeRoutes(), ...EXTRA_ROUTES];
    for (const r of routes) assert.equal(operationAt(r.method, r.route)?.operationId, r.operationId, `${r.method} /${r.route}`);
    const documented = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p.slice(1)}`));
    assert.deepEqual(documented.sort(), routes.map((r) => `${r.method} ${r.route}`).sort());
});

test('parameters: every path parameter with its schema, query parameters, wait on asynchronous operations', () => {
    for (const spec of catalogue) {
        const r = listFacadeRoutes().find((x) => x.operationId === spec.name);
        assert.ok(r);
        const op = operationAt(r.method, r.route);
        assert.ok(op);
        const inline = op.parameters.filter((p): p is Exclude<(typeof op.parameters)[number], { $ref: string }> => !('$ref' in p));
        const pathParams = inline.filter((p) => p.in === 'path');
        assert.deepEqual(pathParams.map((p) => p.name).sort(), Object.keys(spec.pathParams ?? {}).sort(), spec.name);
        for (const p of pathParams) {
            assert.equal(p.required, true);
            const field = spec.pathParams?.[p.name];
            assert.ok(field);
            if (field.pattern !== undefined) assert.equal(p.schema['pattern'], field.pattern);
            if (field.enum !== undefined) assert.deepEqual(p.schema['enum'], field.enum);
        }
        assert.deepEqual(inline.filter((p) => p.in === 'query').map((p) => p.name).sort(), Object.keys(spec.query ?? {}).sort(), spec.name);
        assert.equal(op.parameters.some((p) => '$ref' in p && p.$ref === '#/components/parameters/wait'), spec.async !== false, `${spec.name}: wait`);
    }
});

test('request bodies: closed JSON Schemas, pinned fields left out, required when a field is', () => {
    for (const spec of catalogue) {
        const r = listFacadeRoutes().find((x) => x.operationId === spec.name);
        assert.ok(r);
        const op = operationAt(r.method, r.route);
        assert.ok(op);
        if (spec.request === undefined) {
            assert.equal(op.requestBody, undefined, spec.name);
            continue;
        }
        const ref = op.requestBody?.content['application/json']?.schema.$ref;
        assert.ok(ref, spec.name);
        const schema = resolve(ref);
        assert.equal(schema['additionalProperties'], false, `${spec.name}: closed`);
        const props = Object.keys(schema['properties'] as object);
        assert.ok(!props.includes('operationType'), `${spec.name}: no pinned field`);
        assert.equal(op.requestBody?.required, Array.isArray(schema['required']), spec.name);
        for (const status of ['400', '413', '415']) assert.ok(op.responses[status], `${spec.name} documents ${status}`);
    }
    const create = resolve('#/components/schemas/CreateHostedServiceRequest');
    assert.deepEqual(create['required'], ['serviceName', 'label']);
    const serviceName = (create['properties'] as Record<string, Record<string, unknown>>)['serviceName'];
    assert.deepEqual(serviceName, { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,62}$', minLength: 1, maxLength: 63 });
});

test('responses: models (lists as { value }), no content, 202 Accepted with Location and Retry-After, problem+json errors', () => {
    const list = operationAt('GET', 'hostedservices');
    const listSchema = resolve(list?.responses['200']?.content?.['application/json']?.schema.$ref ?? '');
    assert.deepEqual(listSchema['required'], ['value']);
    assert.equal((listSchema['properties'] as Record<string, { type: string }>)['value']?.type, 'array');
    assert.ok(operationAt('POST', 'hostedservices')?.responses['201']);
    assert.ok(operationAt('DELETE', 'storageaccounts/{serviceName}')?.responses['204']);
    const create = operationAt('POST', 'storageaccounts');
    assert.equal(create?.responses['202']?.$ref, '#/components/responses/Accepted');
    assert.equal(create?.responses['200']?.$ref, '#/components/responses/Finished');
    const deleteService = operationAt('DELETE', 'hostedservices/{serviceName}');
    assert.deepEqual(Object.keys(deleteService?.responses ?? {}).filter((s) => s < '300').sort(), ['200', '202', '204'], 'sync, async with complete, finished');
    const accepted = doc.components.responses['Accepted'] as { headers: Record<string, unknown> };
    assert.deepEqual(Object.keys(accepted.headers), ['Location', 'Retry-After']);
    const problem = resolve('#/components/schemas/Problem');
    assert.deepEqual(problem['required'], ['type', 'title', 'status', 'detail', 'code']);
    for (const spec of catalogue) {
        const r = listFacadeRoutes().find((x) => x.operationId === spec.name);
        const op = operationAt(r?.method ?? '', r?.route ?? '');
        for (const status of ['400', '500', '502', '503', '504']) assert.ok(op?.responses[status], `${spec.name} ${status}`);
    }
    assert.deepEqual(operationAt('GET', 'health')?.security, []);
    assert.deepEqual(operationAt('GET', 'openapi.json')?.security, []);
});

test('GET /api/openapi.json answers the document (anonymous)', async () => {
    const f = openApiFunction();
    assert.equal(f.options.authLevel, 'anonymous');
    assert.equal(f.options.route, 'openapi.json');
    const res = readResult(await f.options.handler(requestFor('GET', 'openapi.json'), invocation('openapi')));
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'] ?? '', /^application\/json/);
    assert.deepEqual(res.body, JSON.parse(JSON.stringify(buildOpenApiDocument())));
});
