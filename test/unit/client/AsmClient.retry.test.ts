import assert from 'node:assert/strict';
import { test } from 'node:test';

import { AsmHttpError, AsmTransportError } from '../../../src/client';
import { literalSpecs } from './helpers/literalSpecs';
import { errorXml, mockAsm, NS, SUB, withCode } from './helpers/mockAsm';

const LIST = `/${SUB}/services/hostedservices`;
const OK_LIST = { status: 200, body: `<HostedServices ${NS}/>` };
const CREATE = { serviceName: 'svc1', label: 'l', location: 'West US' };
const EXCLUSIVE = errorXml(
    'ConflictError',
    'Windows Azure is currently performing an operation with x-ms-requestid ffc239393180bce6bee2c9668f31048b on this deployment that requires exclusive access.',
);

test('GET 503, 500 then 200: three requests, jittered exponential waits', async () => {
    const asm = mockAsm();
    asm.on('GET', LIST, { status: 503, body: errorXml('ServerBusy', 'busy') });
    asm.on('GET', LIST, { status: 500 });
    asm.on('GET', LIST, OK_LIST);
    assert.deepEqual(await asm.client.listHostedServices(), []);
    assert.equal(asm.seen.length, 3);
    assert.deepEqual(asm.sleeps, [250, 500]); // random 0.5 × 500·2^n
    assert.deepEqual(asm.events.filter((e) => e.type === 'retry').map((e) => e.type === 'retry' && e.reason), ['HTTP 503 on an idempotent request', 'HTTP 500 on an idempotent request']);
    await asm.done();
});

test('Retry-After in seconds and as an HTTP date is waited for', async () => {
    const asm = mockAsm({ startMs: Date.parse('2015-07-02T02:05:37Z') });
    asm.on('GET', LIST, { status: 503, headers: { 'retry-after': '3' } });
    asm.on('GET', LIST, { status: 429, headers: { 'retry-after': 'Thu, 02 Jul 2015 02:05:47 GMT' } });
    asm.on('GET', LIST, OK_LIST);
    await asm.client.listHostedServices();
    assert.equal(asm.seen.length, 3);
    assert.deepEqual(asm.sleeps, [3_000, 7_000]); // the date is 10 s after the start, 3 s of which were waited
    await asm.done();
});

test('429 without Retry-After is retried for GET until maxRetries, then the typed error', async () => {
    const asm = mockAsm({ retry: { maxRetries: 2 } });
    for (let i = 0; i < 3; i++) asm.on('GET', LIST, { status: 429, body: errorXml('TooManyRequests', 'slow down'), headers: { 'x-ms-request-id': `r${i}` } });
    await assert.rejects(asm.client.listHostedServices(), (err: unknown) => err instanceof AsmHttpError && err.isThrottled && err.requestId === 'r2');
    assert.equal(asm.seen.length, 3);
    assert.deepEqual(asm.sleeps, [250, 500]);
    await asm.done();
});

test('a Retry-After longer than maxRetryDelayMs is not waited for', async () => {
    const asm = mockAsm();
    asm.on('GET', LIST, { status: 503, headers: { 'retry-after': '3600' } });
    await assert.rejects(asm.client.listHostedServices(), { name: 'AsmHttpError', status: 503 });
    assert.deepEqual(asm.sleeps, []);
    await asm.done();
});

test('non-idempotent 503 and 429 are not retried', async () => {
    const asm = mockAsm();
    asm.on('POST', LIST, { status: 503, body: errorXml('ServiceUnavailable', 'try later') });
    asm.on('POST', LIST, { status: 429, headers: { 'retry-after': '1' } });
    await assert.rejects(asm.client.createHostedService(CREATE), { name: 'AsmHttpError', status: 503, asmCode: 'ServiceUnavailable' });
    await assert.rejects(asm.client.createHostedService(CREATE), { name: 'AsmHttpError', status: 429 });
    assert.equal(asm.seen.length, 2);
    assert.deepEqual(asm.sleeps, []);
    await asm.done();
});

test('409 "requires exclusive access" is retried for POST (after backoff) until the holder is done', async () => {
    const asm = mockAsm();
    const path = `/${SUB}/services/hostedservices/s/deployments/d/roleinstances/r/Operations`;
    asm.on('POST', path, { status: 409, body: EXCLUSIVE });
    asm.on('POST', path, { status: 409, body: EXCLUSIVE });
    asm.on('POST', path, { status: 202, headers: { 'x-ms-request-id': 'abc' } });
    const result = await asm.client.send(literalSpecs.shutdownRole, { serviceName: 's', deploymentName: 'd', roleName: 'r' });
    assert.deepEqual(result, { requestId: 'abc' });
    assert.equal(asm.seen.length, 3);
    assert.equal(asm.seen[2]?.body, asm.seen[0]?.body);
    assert.deepEqual(asm.sleeps, [250, 500]);
    await asm.done();
});

test('other 409s are not retried', async () => {
    const asm = mockAsm();
    asm.on('POST', LIST, { status: 409, body: errorXml('ConflictError', 'The specified DNS name is already taken.') });
    await assert.rejects(asm.client.createHostedService(CREATE), (err: unknown) => err instanceof AsmHttpError && err.isConflict && !err.isExclusiveAccessConflict);
    assert.equal(asm.seen.length, 1);
    await asm.done();
});

test('connection refused is retried for POST; a reset is not (the request may have been processed)', async () => {
    const asm = mockAsm();
    asm.fail('POST', LIST, withCode('ECONNREFUSED'));
    asm.on('POST', LIST, { status: 201 });
    assert.equal(await asm.client.createHostedService(CREATE), undefined);
    asm.fail('POST', LIST, withCode('ECONNRESET'));
    await assert.rejects(asm.client.createHostedService(CREATE), (err: unknown) => err instanceof AsmTransportError && err.kind === 'reset' && err.reachedServer && err.errorCode === 'ECONNRESET');
    assert.deepEqual(asm.sleeps, [250]);
    await asm.done();
});

test('GET is retried on resets and socket errors', async () => {
    const asm = mockAsm();
    asm.fail('GET', LIST, withCode('ECONNRESET'));
    asm.fail('GET', LIST, withCode('UND_ERR_SOCKET', 'other side closed'));
    asm.on('GET', LIST, OK_LIST);
    assert.deepEqual(await asm.client.listHostedServices(), []);
    assert.deepEqual(asm.sleeps, [250, 500]);
    await asm.done();
});

test('the retry budget bounds the total time', async () => {
    const asm = mockAsm({ retry: { retryBudgetMs: 1_000 } });
    asm.on('GET', LIST, { status: 503, takesMs: 600 }); // 600 ms + wait 250 ms ≤ 1 s: retried
    asm.on('GET', LIST, { status: 503, takesMs: 600 }); // 1 450 ms + wait 500 ms > 1 s: given up
    await assert.rejects(asm.client.listHostedServices(), { name: 'AsmHttpError', status: 503 });
    assert.equal(asm.seen.length, 2);
    assert.deepEqual(asm.sleeps, [250]);
    await asm.done();
});
