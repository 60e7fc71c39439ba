import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';

import { interceptors } from 'undici';

import { startEmulator, type TestEmulator } from '../../helpers/startEmulator';
import { asmCall, assertAsmError, assertStillServes, createHostedServiceXml, sub } from './asmCall';
import { FakeState } from './FakeState';

let emu: TestEmulator;
let state: FakeState;
before(async () => {
    state = new FakeState();
    emu = await startEmulator({ state, redirectListener: true });
});
after(() => emu.close());
beforeEach(() => {
    emu.faults.clear();
    emu.resetCounters();
    state.reset();
});

const list = () => asmCall(emu, sub(emu, '/services/hostedservices'));

async function statuses(n: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await list()).status);
    return out;
}

test('503 ServerBusy with Retry-After, for as many calls as asked, then normal service', async () => {
    emu.faults.set({ rules: [{ rate503: 1, retryAfterSeconds: 7, maxFaults: 2 }] });
    for (let i = 0; i < 2; i++) {
        const answer = await list();
        assertAsmError(answer, 503, 'ServerBusy');
        assert.equal(answer.headers['retry-after'], '7');
    }
    await assertStillServes(emu);
    assert.equal(emu.counters().faults['503'], 2);
    assert.equal(state.requests.length, 1, 'faulted requests never reach the state');
});

test('429 TooManyRequests with Retry-After', async () => {
    emu.faults.set({ rules: [{ operation: 'listHostedServices', rate429: 1, retryAfterSeconds: 2, maxFaults: 1 }] });
    const answer = await list();
    assertAsmError(answer, 429, 'TooManyRequests');
    assert.equal(answer.headers['retry-after'], '2');
    await assertStillServes(emu);
});

test('500 InternalError at a rate: the same seed gives the same sequence, another seed another one', async () => {
    emu.faults.set({ seed: 42, rules: [{ rate500: 0.5 }] });
    const first = await statuses(30);
    emu.faults.set({ seed: 42, rules: [{ rate500: 0.5 }] });
    const again = await statuses(30);
    assert.deepEqual(again, first);
    assert.ok(first.includes(500) && first.includes(200), `a mix of 500 and 200: ${first.join(',')}`);
    emu.faults.set({ seed: 7, rules: [{ rate500: 0.5 }] });
    assert.notDeepEqual(await statuses(30), first);
    assertAsmError(await (async () => {
        emu.faults.set({ rules: [{ rate500: 1, maxFaults: 1 }] });
        return list();
    })(), 500, 'InternalError');
});

test('a rule for one operation leaves the others alone', async () => {
    emu.faults.set({ rules: [{ operation: 'getHostedServiceProperties', rate503: 1 }] });
    assert.equal((await list()).status, 200);
    assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices/any')), 503, 'ServerBusy');
});

test('connection reset: the socket is dropped without an answer, and the emulator still serves', async () => {
    emu.faults.set({ rules: [{ resetRate: 1, maxFaults: 1 }] });
    await assert.rejects(list(), (err: Error) => /closed|reset|socket|ECONNRESET/i.test(`${err.message} ${String((err as { code?: string }).code)}`));
    await assertStillServes(emu);
    assert.equal(emu.counters().faults.reset, 1);
    assert.equal(emu.counters().byStatus.reset, 1);
});

test('307 to the second listener: Location is the same path there, and it sees the same state', async () => {
    const redirectEndpoint = emu.redirectEndpoint;
    assert.ok(redirectEndpoint && redirectEndpoint !== emu.endpoint);
    assert.equal((await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'POST', body: createHostedServiceXml('shared') })).status, 201);

    emu.faults.set({ rules: [{ redirectRate: 1 }] });
    const path = sub(emu, '/services/hostedservices/shared?embed-detail=true');
    const answer = await asmCall(emu, path);
    assertAsmError(answer, 307, 'TemporaryRedirect');
    assert.equal(answer.headers.location, `${redirectEndpoint}${path}`);

    const followed = await asmCall(emu, path, { base: redirectEndpoint });
    assert.equal(followed.status, 200, 'the second listener never redirects');
    assert.match(followed.text, /<ServiceName>shared<\/ServiceName>/);

    // A client that follows redirects (undici's interceptor, like azure-common's redirect filter) gets there alone.
    const following = emu.dispatcher.compose(interceptors.redirect({ maxRedirections: 2 }));
    const viaClient = await asmCall(emu, path, { dispatcher: following });
    assert.equal(viaClient.status, 200);
    assert.equal(emu.counters().faults.redirect, 2);
});

test('latency delays the answer by at least the configured time', async () => {
    emu.faults.set({ rules: [{ operation: 'listHostedServices', latencyMs: 150 }] });
    const started = Date.now();
    assert.equal((await list()).status, 200);
    assert.ok(Date.now() - started >= 140, `took ${Date.now() - started} ms`);
    assert.equal(emu.counters().faults.latency, 1);
});

test('invalid fault configurations are refused in process', () => {
    assert.throws(() => emu.faults.set({ rules: [{ rate500: 0.7, rate503: 0.7 }] }), /more than 1/);
    assert.throws(() => emu.faults.set({ rules: [{ operation: 'noSuchOperation', rate500: 1 }] }), /catalogue operation/);
    assert.throws(() => emu.faults.set({ rules: [{ latencyMs: -1 }] }), /non-negative/);
});
