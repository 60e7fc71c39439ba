import assert from 'node:assert/strict';
import { test } from 'node:test';

import { AsmTransportError } from '../../../src/client';
import { ENDPOINT, mockAsm, NS, SUB } from './helpers/mockAsm';

const LIST = `/${SUB}/services/hostedservices`;
const CREATE = { serviceName: 'svc1', label: 'l', location: 'West US' };

test('307 is followed with the same method, headers and body; a Location without query keeps the query', async () => {
    const asm = mockAsm();
    asm.on('POST', LIST, { status: 307, headers: { location: 'https://other.example.net/moved/hostedservices' } });
    asm.on('POST', '/moved/hostedservices', { status: 201 }, 'https://other.example.net');
    asm.on('DELETE', `/${SUB}/services/hostedservices/s?comp=media`, { status: 307, headers: { location: '/relative/s' } });
    asm.on('DELETE', '/relative/s?comp=media', { status: 202, headers: { 'x-ms-request-id': 'r1' } });
    assert.equal(await asm.client.createHostedService(CREATE), undefined);
    assert.deepEqual(await asm.client.deleteHostedService({ serviceName: 's', complete: true }), { requestId: 'r1' });
    const [first, second] = asm.seen;
    assert.equal(second?.method, 'POST');
    assert.equal(second?.origin, 'https://other.example.net');
    assert.equal(second?.body, first?.body);
    assert.match(second?.body ?? '', /^<CreateHostedService /);
    assert.equal(second?.headers['x-ms-version'], '2014-10-01');
    assert.equal(second?.headers['content-type'], 'application/xml');
    assert.deepEqual(asm.sleeps, []); // redirects are not retries
    await asm.done();
});

test('redirects are bounded; an https → http downgrade is not followed', async () => {
    const asm = mockAsm({ maxRedirects: 2 });
    for (let i = 0; i < 3; i++) asm.on('GET', i === 0 ? LIST : `/loop${i}`, { status: 307, headers: { location: `/loop${i + 1}` } });
    await assert.rejects(asm.client.listHostedServices(), { name: 'AsmHttpError', status: 307 });
    asm.on('GET', LIST, { status: 307, headers: { location: 'http://management.core.windows.net/x' } });
    await assert.rejects(asm.client.listHostedServices(), { name: 'AsmHttpError', status: 307 });
    await asm.done();
});

test('a per-attempt timeout: POST fails at once with AsmTransportError(timeout), GET is retried', async () => {
    const asm = mockAsm({ timeoutMs: 30 });
    asm.agent.get(ENDPOINT).intercept({ method: 'POST', path: LIST }).reply(201, '').delay(2_000);
    await assert.rejects(asm.client.createHostedService(CREATE), (err: unknown) => err instanceof AsmTransportError && err.kind === 'timeout' && err.reachedServer);
    asm.agent.get(ENDPOINT).intercept({ method: 'GET', path: LIST }).reply(200, `<HostedServices ${NS}/>`).delay(2_000);
    asm.on('GET', LIST, { status: 200, body: `<HostedServices ${NS}/>` });
    assert.deepEqual(await asm.client.listHostedServices(), []);
    assert.deepEqual(asm.sleeps, [250]);
    await asm.done();
});

test('the per-call timeout overrides the client one', async () => {
    const asm = mockAsm({ timeoutMs: 60_000 });
    asm.agent.get(ENDPOINT).intercept({ method: 'POST', path: LIST }).reply(201, '').delay(2_000);
    // With the client's 60 s the answer (2 s late) would arrive and succeed: the timeout error proves the 20 ms.
    await assert.rejects(asm.client.createHostedService(CREATE, { timeoutMs: 20 }), { name: 'AsmTransportError', kind: 'timeout' });
    await asm.done();
});

test('abort: the signal reason is thrown, before sending, in flight, or while waiting to retry', async () => {
    const asm = mockAsm();
    const reason = new Error('stop');
    await assert.rejects(asm.client.listHostedServices(undefined, { signal: AbortSignal.abort(reason) }), reason);

    const inFlight = new AbortController();
    asm.agent.get(ENDPOINT).intercept({ method: 'GET', path: LIST }).reply(200, '').delay(2_000);
    setTimeout(() => inFlight.abort(reason), 10);
    await assert.rejects(asm.client.listHostedServices(undefined, { signal: inFlight.signal }), reason);

    const whileWaiting = new AbortController();
    const asm2 = mockAsm({ log: (e) => e.type === 'retry' && whileWaiting.abort(reason) });
    asm2.on('GET', LIST, { status: 503 });
    await assert.rejects(asm2.client.listHostedServices(undefined, { signal: whileWaiting.signal }), reason);
    assert.deepEqual(asm2.sleeps, [250]);
    await asm.done();
    await asm2.done();
});
