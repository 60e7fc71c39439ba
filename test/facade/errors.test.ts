import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { createAppServices } from '../../src/app/createAppServices';
import { createOperationHandler } from '../../src/facade/createOperationHandler';
import { fallbackFunction } from '../../src/facade/fallbackFunction';
import { routeOf } from '../../src/facade/routes/routeOf';
import { operations } from '../../src/asm/operations/catalogue';
import { type FacadeHarness, invocation, readResult, requestFor, startFacade } from './helpers/facadeHarness';
import { FACADE_SEED, LOCATION } from './helpers/facadeSeed';

let h: FacadeHarness;
before(async () => {
    h = await startFacade({ emulator: { seed: FACADE_SEED } });
});
after(async () => {
    await h.close();
});

type Problem = { type: string; title: string; status: number; detail: string; code: string; requestId?: string; errors?: unknown[] };
const problem = (body: unknown): Problem => body as Problem;

/** Calls one operation's handler with services built from `env` overrides (same emulator). */
async function callWith(env: Readonly<Record<string, string>>, operation: keyof typeof operations, init: Parameters<typeof requestFor>[2] = {}, client?: Parameters<typeof createAppServices>[0]) {
    const services = createAppServices({ env: { ...h.env, ...env }, trackOperations: false, pollSchedule: { firstPollsAtMs: [25], fraction: 0.1, minMs: 25, maxMs: 100 }, ...client });
    try {
        const spec = operations[operation];
        const handler = createOperationHandler(spec, () => services);
        const route = routeOf(spec);
        return readResult(await handler(requestFor(route.method, route.route, init), invocation(operation)));
    } finally {
        await services.close();
    }
}

async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

test('ASM 404, 409 and 400 pass through with their status, ASM code and x-ms-request-id', async () => {
    h.reset(FACADE_SEED);
    const notFound = await h.call('getHostedServiceProperties', { params: { serviceName: 'no-such-service' } });
    assert.equal(notFound.status, 404);
    assert.equal(problem(notFound.body).code, 'ResourceNotFound');
    assert.equal(problem(notFound.body).type, 'urn:asm-functions:problem:asm-error');
    assert.match(problem(notFound.body).requestId ?? '', /^[0-9a-f]{32}$/);

    const conflict = await h.call('deleteHostedService', { params: { serviceName: 'facade-pkg' } });
    assert.equal(conflict.status, 409);
    assert.equal(problem(conflict.body).code, 'ConflictError');
    assert.match(problem(conflict.body).detail, /deployment/i);

    const duplicate = await h.call('createHostedService', { json: { serviceName: 'facade-pkg', label: 'x', location: LOCATION } });
    assert.equal(duplicate.status, 409);

    const bad = await h.call('createHostedService', { json: { serviceName: 'facade-mars', label: 'x', location: 'Mars' } });
    assert.equal(bad.status, 400);
    assert.equal(problem(bad.body).code, 'BadRequest');
    assert.match(problem(bad.body).detail, /Mars/);
    assert.ok(problem(bad.body).requestId);
});

test('a certificate ASM rejects → 502 with a clear detail', async () => {
    const stranger = await h.emu.mintClientCertificate();
    const file = path.join(h.emu.stateDir, 'stranger.pem');
    writeFileSync(file, `${stranger.certPem}${stranger.keyPem}`);
    const before = h.asmCalls();
    const res = await callWith({ ASM_CERT_FILE: file }, 'listHostedServices');
    assert.equal(res.status, 502);
    const p = problem(res.body);
    assert.equal(p.type, 'urn:asm-functions:problem:certificate-rejected');
    assert.equal(p.code, 'CertificateRejected');
    assert.match(p.detail, new RegExp(`rejected management certificate ${stranger.thumbprint}`));
    assert.match(p.detail, /Upload it to the subscription/);
    assert.ok(!p.detail.includes('BEGIN'), 'no key material');
    assert.ok(h.asmCalls() > before, 'ASM was asked (and said 403)');
});

test('a certificate that cannot be loaded → 502 certificate-unavailable, no ASM call', async () => {
    const before = h.asmCalls();
    const res = await callWith({ ASM_CERT_FILE: path.join(h.emu.stateDir, 'missing.pem') }, 'listHostedServices');
    assert.equal(res.status, 502);
    assert.equal(problem(res.body).code, 'CertificateFileUnreadable');
    assert.equal(h.asmCalls(), before);
});

test('missing or invalid settings → 500 naming each setting (never its value); bad input is still 400', async () => {
    const res = await callWith({ ASM_SUBSCRIPTION_ID: '', ASM_ENDPOINT: 'http://insecure.example', ASM_WAIT_MAX_SECONDS: '999' }, 'listHostedServices');
    assert.equal(res.status, 500);
    const p = problem(res.body);
    assert.equal(p.code, 'ConfigurationError');
    assert.match(p.detail, /ASM_SUBSCRIPTION_ID is not set/);
    assert.match(p.detail, /ASM_ENDPOINT must be an https URL/);
    assert.match(p.detail, /ASM_WAIT_MAX_SECONDS/);
    assert.ok(!p.detail.includes('insecure.example') && !p.detail.includes('999'));
    const bad = await callWith({ ASM_SUBSCRIPTION_ID: '' }, 'getHostedServiceProperties', { params: { serviceName: '..' } });
    assert.equal(bad.status, 400, 'input is validated before the configuration is needed');
});

test('ASM outage → 503, ASM too slow → 504, ASM unreachable → 503', async () => {
    h.reset(FACADE_SEED);
    h.emu.faults.set({ seed: 1, rules: [{ operation: 'listHostedServices', rate503: 1, retryAfterSeconds: 0 }] });
    const outage = await h.call('listHostedServices');
    assert.equal(outage.status, 503);
    assert.equal(problem(outage.body).type, 'urn:asm-functions:problem:asm-unavailable');
    assert.equal(h.emu.counters().byOperation['listHostedServices'], 3, 'the client retried twice first');

    h.emu.faults.set({ seed: 1, rules: [{ operation: 'listLocations', latencyMs: 1_000 }] });
    const slow = await callWith({}, 'listLocations', {}, { client: { timeoutMs: 200, retry: { maxRetries: 0 } } });
    assert.equal(slow.status, 504);
    assert.equal(problem(slow.body).type, 'urn:asm-functions:problem:asm-timeout');
    h.emu.faults.clear();

    const down = await callWith({ ASM_ENDPOINT: `https://127.0.0.1:${await closedPort()}` }, 'listLocations', {}, { client: { retry: { maxRetries: 0 } } });
    assert.equal(down.status, 503);
    assert.equal(problem(down.body).code, 'ECONNREFUSED');
});

test('an asynchronous operation that fails: 202, then its status says Failed; with ?wait=true its own status', async () => {
    h.reset(FACADE_SEED);
    const error = { status: 409, code: 'ConflictError', message: 'The storage account name is already taken elsewhere.' };
    h.emu.state.scriptOperation('createStorageAccount', { outcome: 'fail', durationMs: 50, error });
    const started = await h.call('createStorageAccount', { json: { serviceName: 'facadefail', label: 'x', location: LOCATION } });
    assert.equal(started.status, 202);
    const id = (started.body as { requestId: string }).requestId;
    await new Promise((r) => setTimeout(r, 150));
    const status = await h.call('getOperationStatus', { params: { requestId: id } });
    assert.equal(status.status, 200);
    assert.deepEqual(status.body, {
        requestId: id,
        status: 'Failed',
        statusUrl: `http://localhost:7071/api/operations/${id}`,
        httpStatusCode: 409,
        error: { code: 'ConflictError', message: error.message },
    });
    assert.equal(status.headers['retry-after'], undefined, 'no Retry-After once it ended');

    h.emu.state.scriptOperation('createStorageAccount', { outcome: 'fail', durationMs: 50, error });
    const waited = await h.call('createStorageAccount', { json: { serviceName: 'facadefail2', label: 'x', location: LOCATION }, query: 'wait=true' });
    assert.equal(waited.status, 409);
    const p = problem(waited.body);
    assert.equal(p.type, 'urn:asm-functions:problem:operation-failed');
    assert.equal(p.code, 'ConflictError');
    assert.equal(p.detail, error.message);
    assert.match(p.requestId ?? '', /^[0-9a-f]{32}$/);
});

test('?wait=true is bounded by ASM_WAIT_MAX_SECONDS, then answers 202 as without it', async () => {
    h.reset(FACADE_SEED);
    h.emu.state.scriptOperation('createStorageAccount', { outcome: 'never' });
    const started = Date.now();
    const res = await callWith({ ASM_WAIT_MAX_SECONDS: '1' }, 'createStorageAccount', { json: { serviceName: 'facadeslow', label: 'x', location: LOCATION }, query: 'wait=true' });
    const took = Date.now() - started;
    assert.equal(res.status, 202);
    assert.equal((res.body as { status: string }).status, 'InProgress');
    assert.ok(res.headers['location']?.endsWith(`/api/operations/${(res.body as { requestId: string }).requestId}`));
    assert.equal(res.headers['retry-after'], '5');
    assert.ok(took >= 900 && took < 10_000, `waited about a second, not until the operation's end (${took} ms)`);
});

test('an unknown request id is ASM’s answer, passed through', async () => {
    const res = await h.call('getOperationStatus', { params: { requestId: '0123456789abcdef0123456789abcdef' } });
    assert.equal(res.status, 400);
    assert.equal(problem(res.body).code, 'BadRequest');
});

test('unknown routes and methods reaching the facade: problem+json 404 / 405 with Allow, no ASM call', async () => {
    const fallback = fallbackFunction();
    assert.equal(fallback.options.route, '{*path}');
    assert.equal(fallback.options.authLevel, 'anonymous');
    const before = h.asmCalls();
    const call = async (method: string, url: string) => {
        const res = await fallback.options.handler(requestFor(method, url.replace(/^\/api\//, '')), invocation('fallback'));
        return readResult(res);
    };
    const missing = await call('GET', '/api/nothing/here');
    assert.equal(missing.status, 404);
    assert.equal(problem(missing.body).type, 'urn:asm-functions:problem:not-found');
    assert.match(missing.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal((await call('GET', '/api/hostedservices/a/bogus')).status, 404);
    assert.equal((await call('GET', '/api/hostedservices/a/deployments/b/roles/c/explode')).status, 404);

    const patch = await call('PATCH', '/api/hostedservices/a');
    assert.equal(patch.status, 405);
    assert.equal(patch.headers['allow'], 'GET, PUT, DELETE');
    assert.equal(problem(patch.body).code, 'MethodNotAllowed');
    assert.equal((await call('POST', '/api/health')).headers['allow'], 'GET');
    assert.equal((await call('DELETE', '/api/HostedServices')).headers['allow'], 'GET, POST', 'literals match case-insensitively');
    assert.equal((await call('GET', '/api/hostedservices/a/deployments/b/roles/c/shutdown')).headers['allow'], 'POST');
    assert.equal(h.asmCalls(), before);
});
