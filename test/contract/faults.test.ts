import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { inspect } from 'node:util';

import { operations } from '../../src/asm/operations/catalogue';
import {
    type AsmClientLogEvent,
    AsmError,
    AsmHttpError,
    AsmOperationFailedError,
    AsmTransportError,
    CertificateRejectedError,
    OperationTimeoutError,
} from '../../src/client';
import { createManagementAgent } from '../../src/client/transport/createManagementAgent';
import { BASE_SEED, cscfg, LOCATION } from './helpers/fixtures';
import {
    asyncId,
    FAST_POLL,
    fakeTime,
    type Harness,
    lastRequestId,
    redirects,
    rejection,
    responses,
    retries,
    startHarness,
    transportErrors,
} from './helpers/harness';

/**
 * The client against the emulator's fault injection, over real mutual TLS. Each case asserts the outcome and how
 * many requests were made, from both ends: the emulator's counters and the client's log events.
 */

let h: Harness;
/** Minted while the other cases run (RSA key generation takes up to a second). */
let stranger: ReturnType<Harness['emu']['mintClientCertificate']>;
before(async () => {
    h = await startHarness();
    stranger = h.emu.mintClientCertificate();
});
after(() => h.close());
beforeEach(() => h.reset(BASE_SEED));

const SERVICES = ['contract-empty', 'contract-pkg', 'contract-stopped', 'contract-vms'];
const statuses = (events: Parameters<typeof responses>[0], operation?: string) => responses(events, operation).map((e) => e.status);

test('a burst of 500 and 503 (no Retry-After) on a GET: retried with growing backoff, then it succeeds', async () => {
    const time = fakeTime();
    const { client, events } = h.makeClient({ sleep: time.sleep, now: time.now, random: () => 0.5 });
    h.emu.faults.set({
        rules: [
            { operation: 'listHostedServices', rate500: 1, maxFaults: 1 },
            { operation: 'listHostedServices', rate503: 1, maxFaults: 2 },
        ],
    });

    const services = await client.listHostedServices();

    assert.deepEqual(services.map((s) => s.serviceName), SERVICES);
    const counters = h.emu.counters();
    assert.equal(counters.byOperation['listHostedServices'], 4);
    assert.equal(counters.total, 4);
    assert.deepEqual(counters.faults, { '500': 1, '503': 2 });
    assert.deepEqual(statuses(events), [500, 503, 503, 200]);
    assert.deepEqual(retries(events).map((e) => e.reason), ['HTTP 500 on an idempotent request', 'HTTP 503 on an idempotent request', 'HTTP 503 on an idempotent request']);
    // Full jitter at r = 0.5 over base 20 ms: 10, 20, 40.
    assert.deepEqual(time.delays, [10, 20, 40]);
    assert.deepEqual(retries(events).map((e) => e.delayMs), time.delays);
});

test('503 with Retry-After: 1 s is honoured before the GET is retried (real time)', async () => {
    h.emu.faults.set({ rules: [{ operation: 'getHostedServiceProperties', rate503: 1, retryAfterSeconds: 1, maxFaults: 1 }] });
    const started = Date.now();

    const service = await h.client.getHostedServiceProperties({ serviceName: 'contract-pkg' });

    const elapsed = Date.now() - started;
    assert.equal(service.serviceName, 'contract-pkg');
    assert.ok(elapsed >= 1_000, `waited ${elapsed} ms`);
    assert.ok(elapsed < 10_000, `but not much longer: ${elapsed} ms`);
    assert.equal(h.emu.counters().byOperation['getHostedServiceProperties'], 2);
    assert.deepEqual(h.emu.counters().byStatus, { '200': 1, '503': 1 });
    assert.deepEqual(statuses(h.events), [503, 200]);
    assert.deepEqual(retries(h.events).map((e) => e.delayMs), [1_000]);
});

test('Retry-After is a floor on every retry; one longer than maxRetryDelayMs is not waited for', async () => {
    const time = fakeTime();
    const { client, events } = h.makeClient({ sleep: time.sleep, now: time.now, random: () => 0.5 });
    h.emu.faults.set({ rules: [{ operation: 'listStorageAccounts', rate503: 1, retryAfterSeconds: 2, maxFaults: 2 }] });
    assert.equal((await client.listStorageAccounts()).length, 2);
    assert.deepEqual(time.delays, [2_000, 2_000]);
    assert.equal(h.emu.counters().byOperation['listStorageAccounts'], 3);

    h.emu.resetCounters();
    events.length = 0;
    h.emu.faults.set({ rules: [{ operation: 'listStorageAccounts', rate503: 1, retryAfterSeconds: 5 }] });
    const err = await rejection(() => client.listStorageAccounts());
    assert.ok(err instanceof AsmHttpError);
    assert.deepEqual([err.status, err.asmCode], [503, 'ServerBusy']);
    assert.equal(h.emu.counters().byOperation['listStorageAccounts'], 1, 'a 5 s Retry-After exceeds the 2 s cap: no retry');
    assert.deepEqual(retries(events), []);
    assert.deepEqual(time.delays, [2_000, 2_000]);
});

test('429 with Retry-After: retried after it and succeeds; throttled beyond maxRetries: a typed 429', async () => {
    const time = fakeTime();
    const { client, events } = h.makeClient({ sleep: time.sleep, now: time.now, random: () => 0.5 });
    h.emu.faults.set({ rules: [{ operation: 'listOsImages', rate429: 1, retryAfterSeconds: 1, maxFaults: 1 }] });
    assert.equal((await client.listOsImages()).length, 2);
    assert.deepEqual(time.delays, [1_000]);
    assert.deepEqual(statuses(events), [429, 200]);
    assert.equal(h.emu.counters().byOperation['listOsImages'], 2);
    assert.equal(h.emu.counters().faults['429'], 1);

    h.emu.resetCounters();
    events.length = 0;
    h.emu.faults.set({ rules: [{ operation: 'listOsImages', rate429: 1 }] });
    const err = await rejection(() => client.listOsImages(undefined, { retry: { maxRetries: 2 } }));
    assert.ok(err instanceof AsmHttpError);
    assert.equal(err.isThrottled, true);
    assert.equal(err.asmCode, 'TooManyRequests');
    assert.equal(h.emu.counters().byOperation['listOsImages'], 3, 'the first attempt and 2 retries');
    assert.deepEqual(statuses(events), [429, 429, 429]);
    assert.equal(retries(events).length, 2);
});

test('connection resets on a GET are retried; a reset POST is not (it may have reached ASM)', async () => {
    h.emu.faults.set({ rules: [{ operation: 'listVmImages', resetRate: 1, maxFaults: 2 }] });
    const images = await h.client.listVmImages();
    assert.deepEqual(images.map((i) => i.name), ['contract-vm-image']);
    let counters = h.emu.counters();
    assert.equal(counters.byOperation['listVmImages'], 3);
    assert.equal(counters.faults['reset'], 2);
    assert.equal(counters.byStatus['reset'], 2);
    assert.equal(transportErrors(h.events).length, 2);
    assert.ok(transportErrors(h.events).every((e) => e.errorCode === 'ECONNRESET' || e.errorCode === 'UND_ERR_SOCKET'), inspect(transportErrors(h.events)));
    assert.deepEqual(retries(h.events).map((e) => e.reason), ['reset on an idempotent request', 'reset on an idempotent request']);
    assert.deepEqual(statuses(h.events), [200]);

    h.emu.resetCounters();
    h.events.length = 0;
    h.emu.faults.set({ rules: [{ operation: 'createHostedService', resetRate: 1, maxFaults: 1 }] });
    const err = await rejection(() => h.client.createHostedService({ serviceName: 'reset-svc', label: 'reset', location: LOCATION }));
    assert.ok(err instanceof AsmTransportError);
    assert.equal(err.kind, 'reset');
    assert.equal(err.reachedServer, true);
    assert.equal(err.operation, 'createHostedService');
    counters = h.emu.counters();
    assert.equal(counters.byOperation['createHostedService'], 1, 'not retried');
    assert.deepEqual(retries(h.events), []);
    assert.deepEqual(await h.client.checkHostedServiceNameAvailability({ serviceName: 'reset-svc' }), { result: true });
});

test('a POST answered 503 is not retried: a typed error at once, nothing created', async () => {
    h.emu.faults.set({ rules: [{ operation: 'createHostedService', rate503: 1, retryAfterSeconds: 30, maxFaults: 1 }] });
    const started = Date.now();
    const err = await rejection(() => h.client.createHostedService({ serviceName: 'busy-svc', label: 'busy', location: LOCATION }));
    assert.ok(Date.now() - started < 10_000, 'the Retry-After (30 s) was not waited for');
    assert.ok(err instanceof AsmHttpError);
    assert.ok(!(err instanceof CertificateRejectedError));
    assert.deepEqual([err.status, err.asmCode, err.code, err.operation], [503, 'ServerBusy', 'ASM_HTTP_ERROR', 'createHostedService']);
    assert.match(err.requestId ?? '', /^[0-9a-f]{32}$/);
    assert.equal(h.emu.counters().byOperation['createHostedService'], 1);
    assert.deepEqual(statuses(h.events), [503]);
    assert.deepEqual(retries(h.events), []);
    assert.deepEqual(await h.client.checkHostedServiceNameAvailability({ serviceName: 'busy-svc' }), { result: true });
});

test('307 to the second listener: followed with the method, body and query kept; the resource is created once', async () => {
    const second = h.emu.redirectEndpoint;
    assert.ok(second !== undefined && second !== h.emu.endpoint);
    h.emu.faults.set({ rules: [{ operation: 'createHostedService', redirectRate: 1 }, { operation: 'getHostedServiceProperties', redirectRate: 1 }] });

    const created = await h.client.createHostedService({ serviceName: 'moved-svc', label: 'Moved', description: 'followed a 307', location: LOCATION });

    assert.equal(created, undefined);
    const counters = h.emu.counters();
    assert.equal(counters.byOperation['createHostedService'], 2, 'the redirected attempt and the followed one');
    assert.equal(counters.faults['redirect'], 1);
    assert.deepEqual(counters.byStatus, { '201': 1, '307': 1 });
    assert.deepEqual(responses(h.events).map((e) => [e.method, e.status]), [['POST', 307], ['POST', 201]]);
    assert.deepEqual(redirects(h.events).map((e) => e.location), [`${second}/${h.emu.subscriptionId}/services/hostedservices`]);
    assert.deepEqual(retries(h.events), [], 'a redirect is not a retry');

    // Read through a redirect too: the query (embed-detail) survives it.
    const read = await h.client.getHostedServiceProperties({ serviceName: 'moved-svc', embedDetail: true });
    assert.deepEqual([read.hostedServiceProperties?.label, read.hostedServiceProperties?.description], ['Moved', 'followed a 307']);
    assert.deepEqual(read.deployments ?? [], []);
    assert.equal(redirects(h.events).at(-1)?.location, `${second}/${h.emu.subscriptionId}/services/hostedservices/moved-svc?embed-detail=true`);
    h.emu.faults.clear();
    assert.equal((await h.client.listHostedServices()).filter((s) => s.serviceName === 'moved-svc').length, 1, 'created exactly once');
    assert.equal(h.emu.counters().byStatus['201'], 1);
});

test('409 exclusive access: a mutation retries while another operation holds the deployment, and goes through once it is done', async () => {
    // The holder runs for a minute of emulator time; the clock is moved past it once the client has met two conflicts.
    h.emu.state.scriptOperation('updateDeploymentStatus', { durationMs: 60_000 });
    const holder = asyncId(await h.client.updateDeploymentStatus({ serviceName: 'contract-pkg', deploymentName: 'pkg-stage', status: 'Running' }));
    const events: AsmClientLogEvent[] = [];
    let conflicts = 0;
    const { client } = h.makeClient({
        random: () => 0.999,
        retry: { maxRetries: 8, baseDelayMs: 50, maxRetryDelayMs: 1_000, retryBudgetMs: 5_000 },
        log: (event) => {
            events.push(event);
            if (event.type === 'response' && event.status === 409 && ++conflicts === 2) h.emu.state.advanceClock(60_000);
        },
    });

    const op = await client.sendAndWait(
        operations.changeDeploymentConfiguration,
        { serviceName: 'contract-pkg', deploymentName: 'pkg-stage', configuration: cscfg(2) },
        { schedule: FAST_POLL, timeoutMs: 5_000 },
    );

    assert.equal(op.status, 'Succeeded');
    assert.deepEqual(statuses(events, 'changeDeploymentConfiguration'), [409, 409, 202]);
    assert.equal(h.emu.counters().byOperation['changeDeploymentConfiguration'], 3);
    assert.equal(h.emu.counters().byStatus['409'], 2);
    const waits = retries(events, 'changeDeploymentConfiguration');
    assert.deepEqual(waits.map((e) => e.reason), ['409 exclusive access held by another operation', '409 exclusive access held by another operation']);
    // random 0.999: the backoff ceilings themselves over base 50 ms.
    assert.deepEqual(waits.map((e) => e.delayMs), [49, 99]);
    assert.equal((await client.getOperationStatus({ requestId: holder })).status, 'Succeeded');
    const d = await client.getDeploymentByName({ serviceName: 'contract-pkg', deploymentName: 'pkg-stage' });
    assert.deepEqual([d.status, d.configuration], ['Running', cscfg(2)], 'both changes applied, in order');
});

test('409 exclusive access with a short retry budget: the typed conflict naming the holder', async () => {
    h.emu.state.scriptOperation('updateDeploymentStatus', { outcome: 'never' });
    const holder = asyncId(await h.client.updateDeploymentStatus({ serviceName: 'contract-pkg', deploymentName: 'pkg-prod', status: 'Suspended' }));
    const time = fakeTime();
    const { client, events } = h.makeClient({
        sleep: time.sleep,
        now: time.now,
        random: () => 0.999,
        retry: { maxRetries: 10, baseDelayMs: 50, maxRetryDelayMs: 1_000, retryBudgetMs: 200 },
    });

    const err = await rejection(() => client.changeDeploymentConfiguration({ serviceName: 'contract-pkg', deploymentName: 'pkg-prod', configuration: cscfg(5) }));

    assert.ok(err instanceof AsmHttpError);
    assert.deepEqual([err.status, err.asmCode, err.isConflict, err.isExclusiveAccessConflict], [409, 'ConflictError', true, true]);
    assert.equal(err.exclusiveAccessHolder, holder);
    // 49 ms then 99 ms fit in the 200 ms budget; the next wait (199 ms) would not.
    assert.deepEqual(time.delays, [49, 99]);
    assert.equal(h.emu.counters().byOperation['changeDeploymentConfiguration'], 3);
    assert.deepEqual(statuses(events), [409, 409, 409]);
    const d = await client.getDeploymentByName({ serviceName: 'contract-pkg', deploymentName: 'pkg-prod' });
    assert.deepEqual([d.status, d.roleInstanceList?.length], ['Suspending', 2], 'untouched by the refused calls');
});

test('an operation that fails: AsmOperationFailedError with the operation’s own code and message (scripted via the admin API)', async () => {
    const scripted = await h.emu.admin('POST', '/_admin/operations/script', {
        operation: 'createStorageAccount',
        outcome: 'fail',
        durationMs: 100,
        error: { status: 409, code: 'StorageAccountQuotaExceeded', message: 'The subscription has reached its storage account quota.' },
    });
    assert.equal(scripted.status, 200);

    const err = await rejection(() =>
        h.client.sendAndWait(operations.createStorageAccount, { serviceName: 'doomed', label: 'doomed', location: LOCATION }, { schedule: FAST_POLL, timeoutMs: 5_000 }),
    );

    assert.ok(err instanceof AsmOperationFailedError);
    const requestId = lastRequestId(h.events, 'createStorageAccount');
    assert.equal(err.requestId, requestId);
    assert.deepEqual([err.asmCode, err.asmMessage, err.httpStatusCode, err.operation, err.code], [
        'StorageAccountQuotaExceeded',
        'The subscription has reached its storage account quota.',
        409,
        'createStorageAccount',
        'ASM_OPERATION_FAILED',
    ]);
    assert.ok(err.message.includes(requestId) && err.message.includes('StorageAccountQuotaExceeded'));
    const counters = h.emu.counters();
    assert.equal(counters.byOperation['createStorageAccount'], 1);
    const polls = responses(h.events, 'getOperationStatus');
    assert.ok(polls.length >= 2, 'seen InProgress, then Failed');
    assert.equal(counters.byOperation['getOperationStatus'], polls.length);
    assert.ok(polls.every((e) => e.status === 200));
    const failed = await h.client.getOperationStatus({ requestId });
    assert.deepEqual(failed.error, { code: 'StorageAccountQuotaExceeded', message: 'The subscription has reached its storage account quota.' });
    assert.deepEqual(await h.client.checkStorageAccountNameAvailability({ serviceName: 'doomed' }), { result: true }, 'rolled back');
});

test('an operation that never completes: OperationTimeoutError naming the request id at the deadline', async () => {
    assert.equal((await h.emu.admin('POST', '/_admin/operations/script', { operation: 'deleteDeployment', outcome: 'never' })).status, 200);
    const started = Date.now();

    const err = await rejection(() =>
        h.client.sendAndWait(operations.deleteDeployment, { serviceName: 'contract-pkg', deploymentName: 'pkg-stage' }, { schedule: FAST_POLL, timeoutMs: 400 }),
    );

    const elapsed = Date.now() - started;
    assert.ok(err instanceof OperationTimeoutError, inspect(err));
    const requestId = lastRequestId(h.events, 'deleteDeployment');
    assert.equal(err.requestId, requestId);
    assert.equal(err.lastStatus, 'InProgress');
    assert.equal(err.operation, 'deleteDeployment');
    assert.equal(err.code, 'ASM_OPERATION_TIMEOUT');
    assert.ok(err.message.includes(requestId), err.message);
    assert.ok(err.waitedMs >= 400 && elapsed >= 400, `waited ${err.waitedMs} ms`);
    assert.ok(elapsed < 10_000, `gave up at the deadline, not much later: ${elapsed} ms`);
    const polls = responses(h.events, 'getOperationStatus');
    assert.ok(polls.length >= 2, `polled until the deadline: ${polls.length}`);
    assert.ok(polls.every((e) => e.status === 200));
    // The poll at the deadline has (almost) no time left: when its attempt times out, it ends the wait all the same.
    // That request may or may not have reached the emulator before it was aborted; let it land first.
    const cut = transportErrors(h.events).filter((e) => e.operation === 'getOperationStatus');
    assert.ok(cut.length <= 1 && cut.every((e) => e.errorCode === 'ASM_ATTEMPT_TIMEOUT'), inspect(cut));
    await delay(100);
    const counted = h.emu.counters().byOperation['getOperationStatus'] ?? 0;
    assert.ok(counted >= polls.length && counted <= polls.length + cut.length, `${counted} status requests for ${polls.length} answers`);
    assert.deepEqual(retries(h.events), []);
    assert.equal(h.emu.counters().byOperation['deleteDeployment'], 1);

    // The operation goes on (InProgress, holding the deployment), as the error says.
    assert.equal((await h.client.getOperationStatus({ requestId })).status, 'InProgress');
    const held = await rejection(() => h.client.updateDeploymentStatus({ serviceName: 'contract-pkg', deploymentName: 'pkg-stage', status: 'Running' }, { retry: { maxRetries: 0 } }));
    assert.ok(held instanceof AsmHttpError && held.exclusiveAccessHolder === requestId);
});

test('a call still waiting for a socket times out at its own deadline and is never sent', async () => {
    h.emu.faults.set({ rules: [{ operation: 'getHostedServiceProperties', latencyMs: 3_000 }] });
    const dispatcher = createManagementAgent({ cert: h.emu.clientCertificate.certPem, key: h.emu.clientCertificate.keyPem }, { ca: h.emu.ca, connections: 1 });
    try {
        const { client, events } = h.makeClient({ dispatcher, certificate: undefined });
        // The only socket is busy for 3 s with a slow read; the creation queued behind it may wait 150 ms.
        const slow = client.getHostedServiceProperties({ serviceName: 'contract-pkg' }, { timeoutMs: 10_000 });
        await delay(50);
        const started = Date.now();
        const err = await rejection(() => client.createHostedService({ serviceName: 'never-sent', label: 'queued', location: LOCATION }, { timeoutMs: 150 }));
        const waited = Date.now() - started;
        assert.ok(err instanceof AsmTransportError && err.kind === 'timeout', inspect(err));
        assert.ok(waited >= 140 && waited < 2_500, `gave up at its deadline, before the socket was free: ${waited} ms`);
        assert.equal((await slow).serviceName, 'contract-pkg');
        await delay(100);
        assert.equal(h.emu.counters().byOperation['createHostedService'], undefined, 'the queued request was never written');
        assert.equal(responses(events, 'createHostedService').length, 0);
        const missing = await rejection(() => h.client.getHostedServiceProperties({ serviceName: 'never-sent' }));
        assert.ok(missing instanceof AsmHttpError && missing.status === 404);
    } finally {
        await dispatcher.close();
    }
});

test('responses that complete together: every caller gets its own answer, and each caller’s next call goes through', async () => {
    // The same latency on every call makes the pool's responses arrive in bursts, which the client hands
    // over one per event-loop turn; each caller then sends its next request while others are still being handed over.
    h.emu.faults.set({ rules: [{ operation: 'getHostedServiceProperties', latencyMs: 30 }] });
    const callers = Array.from({ length: 48 }, (_, i) => SERVICES[i % SERVICES.length] as string);
    const results = await Promise.all(
        callers.map(async (serviceName) => {
            const first = await h.client.getHostedServiceProperties({ serviceName, embedDetail: true });
            const second = await h.client.getHostedServiceProperties({ serviceName });
            return [first.serviceName, second.serviceName];
        }),
    );
    assert.deepEqual(
        results,
        callers.map((name) => [name, name]),
    );
    assert.equal(h.emu.counters().byOperation['getHostedServiceProperties'], 96);
    assert.deepEqual(statuses(h.events, 'getHostedServiceProperties').filter((s) => s !== 200), []);
});

test('a certificate the subscription does not know: CertificateRejectedError (403), never retried, no PEM in the error', async () => {
    const certificate = await stranger;
    const { client, events } = h.makeClient({}, certificate);

    const err = await rejection(() => client.listHostedServices());
    const post = await rejection(() => client.createHostedService({ serviceName: 'intruder', label: 'x', location: LOCATION }));

    for (const e of [err, post]) {
        assert.ok(e instanceof CertificateRejectedError);
        assert.ok(e instanceof AsmHttpError && e instanceof AsmError);
        assert.deepEqual([e.status, e.asmCode, e.code], [403, 'ForbiddenError', 'ASM_CERTIFICATE_REJECTED']);
        const text = [e.message, String(e.stack), JSON.stringify(e), inspect(e, { depth: 5 })].join('\n');
        assert.doesNotMatch(text, /-----BEGIN|PRIVATE KEY/);
        for (const pem of [certificate.certPem, certificate.keyPem, h.emu.clientCertificate.keyPem]) {
            const body = pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));
            for (const line of body.slice(0, 3)) assert.ok(!text.includes(line), 'no line of the certificate or key');
        }
    }
    const counters = h.emu.counters();
    assert.equal(counters.byOperation['_forbidden'], 2, 'one request each: never retried');
    assert.equal(counters.byStatus['403'], 2);
    assert.equal(counters.byOperation['listHostedServices'] ?? 0, 0, 'refused before routing');
    assert.deepEqual(statuses(events), [403, 403]);
    assert.deepEqual(retries(events), []);
    assert.equal((await h.client.listHostedServices()).some((s) => s.serviceName === 'intruder'), false);

    // The same certificate, once registered for the subscription, is accepted: it was the registration.
    h.emu.registerCertificate(h.emu.subscriptionId, certificate.certPem);
    assert.deepEqual((await client.listHostedServices()).map((s) => s.serviceName), SERVICES);
});
