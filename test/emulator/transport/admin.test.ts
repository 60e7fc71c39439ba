import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';

import { isLoopbackAddress } from '../../../src/emulator/server/admin/isLoopbackAddress';
import { startEmulator, type TestEmulator } from '../../helpers/startEmulator';
import { asmCall, sub } from './asmCall';
import { FakeState } from './FakeState';

let emu: TestEmulator;
let state: FakeState;
before(async () => {
    state = new FakeState();
    emu = await startEmulator({ state });
});
after(() => emu.close());
beforeEach(async () => {
    await emu.admin('POST', '/_admin/reset');
    state.calls.length = 0;
});

test('counters: requests per operation, rejected ones under _forbidden/_notFound/…, by status; reset empties them', async () => {
    await asmCall(emu, sub(emu, '/services/hostedservices'));
    await asmCall(emu, sub(emu, '/services/hostedservices'));
    await asmCall(emu, sub(emu, '/services/hostedservices/nope'));
    await asmCall(emu, sub(emu, '/services/nowhere'));
    await asmCall(emu, sub(emu, '/services/hostedservices'), { dispatcher: emu.agentFor() });
    await asmCall(emu, sub(emu, '/services/hostedservices'), { headers: { 'x-ms-version': null } });
    await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'DELETE' });
    await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'POST', body: '<oops' });

    const { status, body } = await emu.admin('GET', '/_admin/counters');
    assert.equal(status, 200);
    assert.deepEqual(body, {
        total: 8,
        byOperation: {
            listHostedServices: 2,
            getHostedServiceProperties: 1,
            _notFound: 1,
            _forbidden: 1,
            _badVersion: 1,
            _invalidVerb: 1,
            createHostedService: 1,
        },
        byStatus: { '200': 2, '404': 2, '403': 1, '400': 3 },
        faults: {},
    });
    assert.deepEqual(emu.counters(), body, 'the in-process API sees the same');

    assert.equal((await emu.admin('POST', '/_admin/counters/reset')).status, 200);
    assert.deepEqual((await emu.admin('GET', '/_admin/counters')).body, { total: 0, byOperation: {}, byStatus: {}, faults: {} });
});

test('seed and snapshot go to the state, for the default or a named subscription', async () => {
    const seed = { hostedServices: [{ serviceName: 'seeded', label: 'l', location: 'West US' }] };
    assert.deepEqual(await emu.admin('POST', '/_admin/seed', seed), { status: 200, body: { subscriptionId: emu.subscriptionId } });
    assert.deepEqual(state.calls.at(-1), { method: 'loadSeed', args: [emu.subscriptionId, seed] });
    assert.deepEqual((await emu.admin('GET', '/_admin/snapshot')).body, seed);
    assert.match((await asmCall(emu, sub(emu, '/services/hostedservices'))).text, /<ServiceName>seeded<\/ServiceName>/);

    await emu.admin('POST', '/_admin/seed?subscriptionId=AAAA-other', { hostedServices: [] });
    assert.deepEqual(state.calls.at(-1)?.args[0], 'aaaa-other');
    assert.deepEqual((await emu.admin('GET', '/_admin/snapshot?subscriptionId=aaaa-other')).body, { hostedServices: [] });
});

test('reset empties the state and clears faults and counters', async () => {
    emu.faults.set({ rules: [{ rate503: 1 }] });
    await asmCall(emu, sub(emu, '/services/hostedservices'));
    assert.equal((await emu.admin('POST', '/_admin/reset')).status, 200);
    assert.deepEqual(state.calls.at(-1), { method: 'reset', args: [] });
    assert.deepEqual(emu.faults.get(), { rules: [] });
    assert.equal(emu.counters().total, 0);
});

test('clock: read, set to an ISO time, advance', async () => {
    const read = await emu.admin('GET', '/_admin/clock');
    assert.deepEqual(read.body, { now: '2015-07-02T02:00:00.000Z', epochMs: Date.parse('2015-07-02T02:00:00Z') });
    const set = await emu.admin('POST', '/_admin/clock', { set: '2016-01-01T00:00:00Z' });
    assert.deepEqual(set.body, { now: '2016-01-01T00:00:00.000Z', epochMs: Date.parse('2016-01-01T00:00:00Z') });
    const advanced = await emu.admin('POST', '/_admin/clock', { advanceMs: 90_000 });
    assert.equal((advanced.body as { now: string }).now, '2016-01-01T00:01:30.000Z');
    assert.equal((await emu.admin('POST', '/_admin/clock', { set: 'not a time' })).status, 400);
    assert.equal((await emu.admin('POST', '/_admin/clock', { advanceMs: -5 })).status, 400);
    assert.equal((await emu.admin('POST', '/_admin/clock', {})).status, 400);
});

test('faults over the admin surface: set, read, refuse invalid ones, delete', async () => {
    const config = { seed: 3, rules: [{ operation: 'listHostedServices', rate503: 1, retryAfterSeconds: 1, maxFaults: 1 }] };
    assert.deepEqual(await emu.admin('POST', '/_admin/faults', config), { status: 200, body: config });
    assert.deepEqual((await emu.admin('GET', '/_admin/faults')).body, config);
    assert.equal((await asmCall(emu, sub(emu, '/services/hostedservices'))).status, 503);

    const bad = await emu.admin('POST', '/_admin/faults', { rules: [{ rate500: 2 }] });
    assert.equal(bad.status, 400);
    assert.equal((bad.body as { error: { code: string } }).error.code, 'InvalidFaults');
    const noListener = await emu.admin('POST', '/_admin/faults', { rules: [{ redirectRate: 1 }] });
    assert.equal(noListener.status, 400, 'redirects need the second listener');
    assert.equal((await emu.admin('POST', '/_admin/faults', { rules: [{ bogus: 1 }] })).status, 400);

    assert.deepEqual(await emu.admin('DELETE', '/_admin/faults'), { status: 200, body: { rules: [] } });
});

test('an operation that fails or never finishes is scripted in the state', async () => {
    const fail = { operation: 'deleteHostedService', outcome: 'fail', durationMs: 1000, error: { status: 409, code: 'ConflictError', message: 'busy' } };
    assert.equal((await emu.admin('POST', '/_admin/operations/script', fail)).status, 200);
    assert.deepEqual(state.calls.at(-1), {
        method: 'scriptOperation',
        args: ['deleteHostedService', { outcome: 'fail', durationMs: 1000, error: { status: 409, code: 'ConflictError', message: 'busy' } }, false],
    });
    await emu.admin('POST', '/_admin/operations/script', { operation: 'createHostedService', outcome: 'never', sticky: true });
    assert.deepEqual(state.calls.at(-1), { method: 'scriptOperation', args: ['createHostedService', { outcome: 'never' }, true] });

    assert.equal((await emu.admin('POST', '/_admin/operations/script', { operation: 'nope', outcome: 'fail' })).status, 400);
    assert.equal((await emu.admin('POST', '/_admin/operations/script', { operation: 'createHostedService', outcome: 'maybe' })).status, 400);
});

test('default operation duration', async () => {
    assert.deepEqual(await emu.admin('POST', '/_admin/operation-duration', { ms: 30_000 }), { status: 200, body: { ms: 30_000 } });
    assert.deepEqual(state.calls.at(-1), { method: 'setDefaultOperationDuration', args: [30_000] });
    assert.equal((await emu.admin('POST', '/_admin/operation-duration', { ms: 'soon' })).status, 400);
});

test('certificates can be registered for a subscription over the admin surface', async () => {
    const cert = await emu.mintClientCertificate();
    const added = await emu.admin('POST', '/_admin/certificates', { subscriptionId: 'Sub-B', certificate: cert.certPem });
    assert.deepEqual(added, { status: 200, body: { subscriptionId: 'sub-b', thumbprint: cert.thumbprint } });
    assert.equal((await asmCall(emu, '/sub-b/services/hostedservices', { dispatcher: emu.agentFor(cert) })).status, 200);
    assert.equal((await emu.admin('POST', '/_admin/certificates', { certificate: 'not a cert' })).status, 400);
    const info = (await emu.admin('GET', '/_admin/info')).body as { subscriptionId: string; endpoint: string; subscriptions: { id: string }[] };
    assert.equal(info.subscriptionId, emu.subscriptionId);
    assert.equal(info.endpoint, emu.endpoint);
    assert.deepEqual(info.subscriptions.map((s) => s.id).sort(), [emu.subscriptionId, 'sub-b'].sort());
});

test('unknown admin paths are 404, wrong methods 405, bad JSON 400; none of it counted as ASM traffic', async () => {
    assert.equal((await emu.admin('GET', '/_admin/nothing')).status, 404);
    const wrong = await emu.admin('DELETE', '/_admin/clock');
    assert.equal(wrong.status, 405);
    const raw = await asmCall(emu, '/_admin/seed', { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } });
    assert.equal(raw.status, 400);
    assert.equal((JSON.parse(raw.text) as { error: { code: string } }).error.code, 'InvalidJson');
    assert.equal(emu.counters().total, 0);
});

test('the admin surface answers loopback callers only', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) assert.ok(isLoopbackAddress(a), a);
    for (const a of ['10.0.0.1', '192.168.1.10', '::ffff:10.0.0.1', 'fe80::1', '0.0.0.0', '::', undefined]) assert.ok(!isLoopbackAddress(a), String(a));
});
