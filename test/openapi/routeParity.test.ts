import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { describeFunction } from '../../src/host/functions/describeFunction';
import { planFunction } from '../../src/host/functions/planFunction';
import { loadFunctionApp } from '../../src/host/loader/loadFunctionApp';
import { buildOpenApiDocument } from '../../src/openapi/buildOpenApiDocument';

/** The build root of this test (any outDir): its functions/*.js are what package.json main loads in that build. */
const BUILD_ROOT = path.resolve(__dirname, '..', '..');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

test('every route the local host serves is in the OpenAPI document, and vice versa', async () => {
    const app = await loadFunctionApp({ root: BUILD_ROOT, main: 'functions/*.js', log: () => undefined });
    assert.ok(app.files.length >= 10, `functions/*.js under ${BUILD_ROOT}`);
    const settings: Record<string, string | undefined> = { ...process.env };
    const served = new Set<string>();
    let fallbacks = 0;
    for (const registered of app.registry.functions) {
        const fn = describeFunction(registered, settings);
        if (fn.trigger.type.toLowerCase() !== 'httptrigger') continue;
        // Plan as the local host does (route prefix '' so routes compare with the document's paths below /api).
        const plan = planFunction(fn, { routePrefix: '', settings, developmentStorage: 'UseDevelopmentStorage=true' });
        assert.equal(plan.kind, 'http');
        if (plan.kind !== 'http') continue;
        if (/^\{\*[^}]+\}$/.test(plan.route)) {
            fallbacks += 1;
            continue;
        }
        for (const method of plan.methods) served.add(`${method.toUpperCase()} /${plan.route}`);
    }
    assert.equal(fallbacks, 1, 'exactly one catch-all route (functions/fallback.ts)');

    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths)) {
        for (const key of Object.keys(item)) if (HTTP_METHODS.includes(key)) documented.add(`${key.toUpperCase()} ${p}`);
    }

    const undocumented = [...served].filter((r) => !documented.has(r)).sort();
    const notServed = [...documented].filter((r) => !served.has(r)).sort();
    assert.deepEqual(undocumented, [], 'served but not in the OpenAPI document');
    assert.deepEqual(notServed, [], 'in the OpenAPI document but not served');
    // Spot checks that the comparison is not vacuous: the non-catalogue routes are on both sides.
    for (const r of ['GET /operations', 'POST /cleanup/runs', 'GET /cleanup/runs', 'GET /cleanup/runs/{runId}', 'POST /cleanup/runs/{runId}/apply', 'GET /health', 'GET /openapi.json']) {
        assert.ok(served.has(r) && documented.has(r), r);
    }
    assert.ok(served.size >= 40, `${served.size} routes`);
});
