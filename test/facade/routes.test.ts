import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import { requestBodySchema } from '../../src/facade/input/requestBodySchema';
import { operationFunctions } from '../../src/facade/operationFunctions';
import { listFacadeRoutes } from '../../src/facade/routes/listFacadeRoutes';
import { matchRouteTemplate } from '../../src/facade/routes/matchRouteTemplate';
import { routeOf } from '../../src/facade/routes/routeOf';
import { routesOverlap } from '../../src/facade/routes/routesOverlap';
import { projectRoot } from '../helpers/projectPaths';

const route = (name: string): string => {
    const spec = catalogue.find((s) => s.name === name);
    assert.ok(spec, name);
    const r = routeOf(spec);
    return `${r.method} ${r.route}`;
};

test('routes are derived from the catalogue paths, named by resource', () => {
    assert.equal(route('listHostedServices'), 'GET hostedservices');
    assert.equal(route('getDeploymentByName'), 'GET hostedservices/{serviceName}/deployments/{deploymentName}');
    assert.equal(route('createDeployment'), 'POST hostedservices/{serviceName}/deploymentslots/{deploymentSlot}');
    assert.equal(route('listStorageAccounts'), 'GET storageaccounts');
    assert.equal(route('regenerateStorageAccountKeys'), 'POST storageaccounts/{serviceName}/keys/regenerate');
    assert.equal(route('getOsImage'), 'GET osimages/{imageName}');
    assert.equal(route('deleteVmImage'), 'DELETE vmimages/{vmImageName}');
    assert.equal(route('getOperationStatus'), 'GET operations/{requestId}');
    assert.equal(route('listLocations'), 'GET locations');
});

test('operations sharing an ASM path get distinct routes', () => {
    const roles = 'hostedservices/{serviceName}/deployments/{deploymentName}/roles/{roleName}';
    assert.equal(route('shutdownRole'), `POST ${roles}/shutdown`);
    assert.equal(route('startRole'), `POST ${roles}/start`);
    assert.equal(route('restartRole'), `POST ${roles}/restart`);
    assert.equal(route('captureVmImage'), `POST ${roles}/capture`);
    assert.equal(route('updateDeploymentStatus'), 'POST hostedservices/{serviceName}/deployments/{deploymentName}/status');
    assert.equal(route('changeDeploymentConfiguration'), 'POST hostedservices/{serviceName}/deployments/{deploymentName}/configuration');
    assert.equal(route('swapDeployment'), 'POST hostedservices/{serviceName}/swap');
    assert.equal(route('checkHostedServiceNameAvailability'), 'GET hostedservices/{serviceName}/availability');
    assert.equal(route('checkStorageAccountNameAvailability'), 'GET storageaccounts/{serviceName}/availability');
});

test('no two routes of one method can match the same path (no routing precedence needed)', () => {
    const routes = listFacadeRoutes();
    for (const [i, a] of routes.entries()) {
        for (const b of routes.slice(i + 1)) {
            assert.ok(a.method !== b.method || !routesOverlap(a.route, b.route), `${a.operationId} and ${b.operationId} overlap: ${a.method} ${a.route} / ${b.route}`);
        }
    }
    assert.equal(new Set(routes.map((r) => r.operationId)).size, routes.length, 'operation ids are unique');
});

test('every catalogue operation has a route whose parameters are exactly its path parameters', () => {
    const routes = listFacadeRoutes();
    for (const spec of catalogue) {
        const r = routes.find((x) => x.operationId === spec.name);
        assert.ok(r, spec.name);
        assert.equal(r.method, spec.method, spec.name);
        const params = [...r.route.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
        assert.deepEqual(params, Object.keys(spec.pathParams ?? {}).sort(), spec.name);
        assert.ok(!r.route.startsWith('api/') && !r.route.startsWith('/'), 'routes omit the api/ prefix');
    }
    assert.deepEqual(routes.map((r) => r.operationId).slice(-2), ['health', 'openapi']);
});

test('body fields never share a name with path or query parameters (the client flattens them)', () => {
    for (const spec of catalogue) {
        const body = requestBodySchema(spec);
        const fields = body === undefined || 'item' in body ? [] : Object.keys(body.fields);
        const others = new Set([...Object.keys(spec.pathParams ?? {}), ...Object.keys(spec.query ?? {}), 'wait', 'code']);
        for (const f of fields) assert.ok(!others.has(f), `${spec.name}: body.${f} clashes`);
    }
});

test('pinned fields are not part of the facade body', () => {
    const shutdown = catalogue.find((s) => s.name === 'shutdownRole');
    assert.ok(shutdown);
    const body = requestBodySchema(shutdown);
    assert.ok(body !== undefined && !('item' in body));
    assert.deepEqual(Object.keys(body.fields), ['postShutdownAction']);
});

test('matchRouteTemplate: literals case-insensitive, one segment per parameter, catch-all takes the rest', () => {
    assert.deepEqual(matchRouteTemplate('hostedservices/{serviceName}', 'HostedServices/a%20b'), { serviceName: 'a b' });
    assert.equal(matchRouteTemplate('hostedservices/{serviceName}', 'hostedservices/a/b'), undefined);
    assert.equal(matchRouteTemplate('hostedservices/{serviceName}', 'hostedservices/'), undefined);
    assert.deepEqual(matchRouteTemplate('{*path}', 'x/y/z'), { path: 'x/y/z' });
});

test('operationFunctions: one function per operation of a resource, function-level auth, named by the operation', () => {
    const all = [...new Set(catalogue.map((s) => s.resource))].flatMap((r) => operationFunctions(r));
    assert.deepEqual(all.map((f) => f.name).sort(), catalogue.map((s) => s.name).sort());
    for (const f of all) {
        const r = listFacadeRoutes().find((x) => x.operationId === f.name);
        assert.ok(r);
        assert.deepEqual(f.options.methods, [r.method]);
        assert.equal(f.options.route, r.route);
        assert.equal(f.options.authLevel, 'function');
    }
    assert.deepEqual(operationFunctions('noSuchResource'), []);
});

test('functions/ has one thin file per catalogue resource, plus operations, health, openapi and fallback', () => {
    const dir = path.join(projectRoot(), 'functions');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    for (const resource of new Set(catalogue.map((s) => s.resource))) {
        const file = path.join(dir, `${resource}.ts`);
        assert.ok(existsSync(file), `functions/${resource}.ts`);
        assert.match(readFileSync(file, 'utf8'), new RegExp(`operationFunctions\\('${resource}'\\)`));
    }
    const facadeFiles = [...new Set(catalogue.map((s) => `${s.resource}.ts`)), 'operations.ts', 'health.ts', 'openapi.ts', 'fallback.ts', 'lifecycle.ts'];
    for (const f of facadeFiles) {
        assert.ok(files.includes(f), f);
        assert.ok(readFileSync(path.join(dir, f), 'utf8').trim().split('\n').length <= 6, `functions/${f} stays a few lines`);
    }
});

test('loading every function file registers without throwing, with no settings at all', () => {
    const saved = { ...process.env };
    for (const key of Object.keys(process.env)) if (key.startsWith('ASM_') || key.startsWith('AzureWebJobs')) delete process.env[key];
    const warn = console.warn;
    console.warn = () => undefined; // the package's test-mode notices
    try {
        const built = path.resolve(__dirname, '..', '..', 'functions');
        for (const f of readdirSync(built).filter((x) => x.endsWith('.js'))) assert.doesNotThrow(() => require(path.join(built, f)), f);
    } finally {
        console.warn = warn;
        Object.assign(process.env, saved);
    }
});
