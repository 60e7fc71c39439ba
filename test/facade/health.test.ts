import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';

import { createAppServices } from '../../src/app/createAppServices';
import { validateModel } from '../../src/asm/schema/validate';
import { HEALTH_CACHE_MS, healthFunction } from '../../src/health/healthFunction';
import { healthReportSchema, type HealthReport } from '../../src/health/healthReportSchema';
import { type FacadeHarness, invocation, readResult, requestFor, startFacade } from './helpers/facadeHarness';
import { type RunningQueueService, startAzuriteQueue } from './helpers/startAzuriteQueue';

let h: FacadeHarness;
let queue: RunningQueueService;
before(async () => {
    queue = await startAzuriteQueue();
    h = await startFacade({ env: { AzureWebJobsStorage: queue.connectionString } });
});
after(async () => {
    await h.close();
    await queue.close();
});

async function health(env: Readonly<Record<string, string>> = {}, now?: () => number) {
    const services = createAppServices({ env: { ...h.env, ...env }, trackOperations: false, client: { retry: { maxRetries: 0 } }, ...(now === undefined ? {} : { now }) });
    try {
        const f = healthFunction(() => services);
        assert.equal(f.options.authLevel, 'anonymous');
        assert.equal(f.options.route, 'health');
        const res = readResult(await f.options.handler(requestFor('GET', 'health'), invocation('health')));
        assert.deepEqual(validateModel(healthReportSchema, res.body, 'body'), [], 'a HealthReport');
        return { ...res, report: res.body as HealthReport, raw: JSON.stringify(res.body) };
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

function assertNoSecrets(raw: string): void {
    for (const secret of ['BEGIN', 'AccountKey', 'Eby8vdM02x', h.emu.stateDir, 'management.pem']) assert.ok(!raw.includes(secret), `no ${secret}`);
}

test('healthy: certificate thumbprint and days to expiry, ASM and storage reachable, timed → 200', async () => {
    const before = h.emu.counters().byOperation['listLocations'] ?? 0;
    const res = await health();
    assert.equal(res.status, 200, res.raw);
    assert.equal(res.headers['cache-control'], 'no-store');
    const { checks } = res.report;
    assert.equal(res.report.status, 'healthy');
    assert.deepEqual([checks.configuration.status, checks.certificate.status, checks.asm.status, checks.storage.status], ['pass', 'pass', 'pass', 'pass']);
    assert.equal(checks.certificate.thumbprint, h.emu.clientCertificate.thumbprint);
    const notAfter = new X509Certificate(h.emu.clientCertificate.certPem).validTo;
    assert.equal(checks.certificate.notAfter, new Date(notAfter).toISOString());
    assert.ok((checks.certificate.daysToExpiry ?? 0) > 14);
    assert.ok((checks.asm.durationMs ?? -1) >= 0 && (checks.storage.durationMs ?? -1) >= 0);
    assert.equal((h.emu.counters().byOperation['listLocations'] ?? 0) - before, 1, 'one cheap ASM call');
    assertNoSecrets(res.raw);
});

test('storage unreachable → 503 with the storage check failing and the others passing', async () => {
    const port = await closedPort();
    const res = await health({ AzureWebJobsStorage: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;QueueEndpoint=http://127.0.0.1:${port}/devstoreaccount1;` });
    assert.equal(res.status, 503);
    assert.equal(res.report.status, 'unhealthy');
    assert.equal(res.report.checks.storage.status, 'fail');
    assert.match(res.report.checks.storage.detail ?? '', /ECONNREFUSED/);
    assert.equal(res.report.checks.asm.status, 'pass');
    assertNoSecrets(res.raw);
});

test('ASM failing → 503 with its status and code', async () => {
    h.emu.faults.set({ seed: 1, rules: [{ operation: 'listLocations', rate503: 1, retryAfterSeconds: 0 }] });
    try {
        const res = await health();
        assert.equal(res.status, 503);
        assert.equal(res.report.checks.asm.status, 'fail');
        assert.match(res.report.checks.asm.detail ?? '', /^503/);
        assert.equal(res.report.checks.storage.status, 'pass');
    } finally {
        h.emu.faults.clear();
    }
});

test('an invalid configuration → 503 naming the settings; nothing else is tried', async () => {
    const res = await health({ ASM_SUBSCRIPTION_ID: 'nope', ASM_CERT_FILE: '' });
    assert.equal(res.status, 503);
    assert.equal(res.report.checks.configuration.status, 'fail');
    assert.match(res.report.checks.configuration.detail ?? '', /ASM_SUBSCRIPTION_ID/);
    assert.deepEqual([res.report.checks.certificate.status, res.report.checks.asm.status, res.report.checks.storage.status], ['skip', 'skip', 'skip']);
});

test('a certificate that cannot be read fails its check (by reason code, no path) and ASM’s', async () => {
    const res = await health({ ASM_CERT_FILE: `${h.emu.stateDir}/gone.pem` });
    assert.equal(res.status, 503);
    assert.equal(res.report.checks.certificate.detail, 'CertificateFileUnreadable');
    assert.equal(res.report.checks.asm.status, 'fail');
    assertNoSecrets(res.raw);
});

test('a certificate within 14 days of expiry warns but stays healthy', async () => {
    const notAfter = Date.parse(new X509Certificate(h.emu.clientCertificate.certPem).validTo);
    const res = await health({}, () => notAfter - 5.5 * 24 * 3600 * 1000);
    assert.equal(res.status, 200, res.raw);
    assert.equal(res.report.checks.certificate.status, 'warn');
    assert.equal(res.report.checks.certificate.daysToExpiry, 5);
});

test(`a report is reused for ${HEALTH_CACHE_MS / 1000} s: an anonymous caller cannot flood ASM`, async () => {
    const services = createAppServices({ env: h.env, trackOperations: false });
    try {
        const f = healthFunction(() => services);
        const before = h.emu.counters().byOperation['listLocations'] ?? 0;
        await Promise.all([1, 2, 3].map(() => f.options.handler(requestFor('GET', 'health'), invocation('health'))));
        await f.options.handler(requestFor('GET', 'health'), invocation('health'));
        assert.equal((h.emu.counters().byOperation['listLocations'] ?? 0) - before, 1);
    } finally {
        await services.close();
    }
});
