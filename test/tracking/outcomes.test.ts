import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';

import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../src/tracking/callbackHeaders';
import { verifyCallbackSignature } from '../../src/tracking/verifyCallbackSignature';
import { CALLBACK_SECRET, startTrackingHarness, type TrackingHarness } from './helpers/startTrackingHarness';
import { completed, readRecord } from './helpers/trackingAsserts';

let h: TrackingHarness;
before(async () => {
    h = await startTrackingHarness();
});
after(async () => {
    await h?.close();
});

const target = 'storageservices/acct';

test('an operation that succeeds: polled on the schedule, Succeeded, one event with every field', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 1_500 });
    const sub = h.emu.subscriptionId;
    const { record, created } = await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target, correlationId: 'corr-ok' });
    assert.equal(created, true);
    assert.equal(record.status, 'InProgress');
    assert.equal(record.nextPollAt - record.startedAt, 1_000, 'first poll after 1 s (250 ms rounded up to a whole second)');

    await h.pollDriver().runUntil(completed(h.storage.store, sub, requestId));

    const final = await readRecord(h.storage.store, sub, requestId);
    assert.equal(final.status, 'Succeeded');
    assert.equal(final.resultHttpStatusCode, 200);
    assert.ok(final.attempts >= 2 && final.attempts <= 3, `${final.attempts} polls for a 1.5 s operation`);
    assert.ok(final.eventSentAt !== undefined && final.completedAt !== undefined && final.lastPolledAt !== undefined);
    assert.equal(final.callback, undefined);
    const events = (await h.events()).filter((e) => e.requestId === requestId);
    assert.equal(events.length, 1);
    const [event] = events;
    assert.ok(event);
    assert.equal(event.status, 'Succeeded');
    assert.equal(event.operation, 'createStorageAccount');
    assert.equal(event.target, target);
    assert.equal(event.subscriptionId, sub);
    assert.equal(event.correlationId, 'corr-ok');
    assert.equal(event.error, null);
    assert.equal(event.completedAt, new Date(final.completedAt ?? 0).toISOString());
    assert.ok(event.durationMs >= 1_500 && event.durationMs < 1_500 + 10_000, `durationMs ${event.durationMs}`);
    assert.equal((await h.pollQueue.peekMessages({ numberOfMessages: 32 })).peekedMessageItems.length, 0, 'the chain ended');
});

test('an operation that fails: Failed with ASM’s own error, one event', async () => {
    const error = { status: 409, code: 'StorageAccountQuotaExceeded', message: 'The subscription has reached its storage account quota.' };
    const requestId = await h.startOperation({ outcome: 'fail', durationMs: 800, error });
    const sub = h.emu.subscriptionId;
    await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });

    await h.pollDriver().runUntil(completed(h.storage.store, sub, requestId));

    const final = await readRecord(h.storage.store, sub, requestId);
    assert.equal(final.status, 'Failed');
    assert.deepEqual(final.error, { code: 'StorageAccountQuotaExceeded', message: error.message, httpStatusCode: 409 });
    const events = (await h.events()).filter((e) => e.requestId === requestId);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.error, final.error);
    assert.equal(events[0]?.status, 'Failed');
    assert.equal(events[0]?.correlationId, null);
});

test('an operation that outlives its deadline: TimedOut at the deadline (after a last poll), one event', async () => {
    const requestId = await h.startOperation({ outcome: 'never' });
    const sub = h.emu.subscriptionId;
    const deadline = Date.now() + 2_500;
    await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target, deadline });

    await h.pollDriver().runUntil(completed(h.storage.store, sub, requestId));

    const final = await readRecord(h.storage.store, sub, requestId);
    assert.equal(final.status, 'TimedOut');
    assert.equal(final.error?.code, 'OperationTimedOut');
    assert.equal(final.lastStatus, 'InProgress');
    assert.ok((final.lastPolledAt ?? 0) >= deadline, 'the last poll happened at/after the deadline');
    assert.ok((final.completedAt ?? 0) - deadline < 2_000, 'and not much later');
    const events = (await h.events()).filter((e) => e.requestId === requestId);
    assert.equal(events.length, 1);
    assert.equal(events[0]?.status, 'TimedOut');
});

test('503s during polling (emulator fault injection on getOperationStatus): counted, rescheduled, still Succeeded', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 500 });
    const sub = h.emu.subscriptionId;
    h.emu.faults.set({ rules: [{ operation: 'getOperationStatus', rate503: 1, maxFaults: 3, retryAfterSeconds: 0 }] });
    try {
        await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });
        const driver = h.pollDriver();
        await driver.runUntil(completed(h.storage.store, sub, requestId));
        const final = await readRecord(h.storage.store, sub, requestId);
        assert.equal(final.status, 'Succeeded');
        assert.equal(final.pollErrors, 3);
        assert.equal(final.lastError?.httpStatusCode, 503);
        assert.equal(final.attempts, 4, '3 failed status calls + the one that saw Succeeded');
        assert.equal(driver.stats.failed, 0, 'transient errors never throw (maxDequeueCount is not spent on them)');
        assert.equal(h.emu.counters().faults['503'], 3);
        assert.equal((await h.events()).filter((e) => e.requestId === requestId).length, 1);
    } finally {
        h.emu.faults.clear();
    }
});

test('callback: one signed POST (HMAC-SHA256 of the exact body), retried after a 500, outcome recorded', async () => {
    const received: { body: string; signature: string | undefined; timestamp: string | undefined; valid: boolean }[] = [];
    const server = createServer((req: IncomingMessage, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
            const body = Buffer.concat(chunks);
            const signature = req.headers[SIGNATURE_HEADER] as string | undefined;
            received.push({
                body: body.toString('utf8'),
                signature,
                timestamp: req.headers[TIMESTAMP_HEADER] as string | undefined,
                valid: verifyCallbackSignature(body, CALLBACK_SECRET, signature),
            });
            res.statusCode = received.length === 1 ? 500 : 204;
            res.end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
        const { port } = server.address() as AddressInfo;
        const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 300 });
        const sub = h.emu.subscriptionId;
        await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target, callbackUrl: `http://127.0.0.1:${port}/hooks/asm` });

        await h.pollDriver().runUntil(completed(h.storage.store, sub, requestId));

        assert.equal(received.length, 2, 'the 500 was retried once, then delivered');
        assert.ok(received.every((r) => r.valid), 'every attempt carries a valid signature');
        assert.equal(received[0]?.body, received[1]?.body, 'the same exact body on every attempt');
        assert.match(received[1]?.signature ?? '', /^sha256=[0-9a-f]{64}$/);
        assert.ok(Math.abs(Number(received[1]?.timestamp) - Date.now() / 1000) < 30, 'timestamp header in Unix seconds');
        const posted = JSON.parse(received[1]?.body ?? '{}') as { requestId?: string; status?: string };
        assert.deepEqual([posted.requestId, posted.status], [requestId, 'Succeeded']);
        const events = (await h.events()).filter((e) => e.requestId === requestId);
        assert.equal(events.length, 1);
        assert.equal(JSON.stringify(events[0]), received[1]?.body, 'the callback body is the completion event');
        const final = await readRecord(h.storage.store, sub, requestId);
        assert.equal(final.callback?.status, 'delivered');
        assert.equal(final.callback?.attempts, 2);
        assert.equal(final.callback?.httpStatus, 204);
    } finally {
        await new Promise((resolve) => server.close(resolve));
    }
});

test('callback: a receiver that keeps failing gets 3 attempts, then the failure is recorded', async () => {
    let hits = 0;
    const server = createServer((req, res) => {
        req.resume();
        req.on('end', () => {
            hits++;
            res.statusCode = 503;
            res.end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
        const { port } = server.address() as AddressInfo;
        const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 0 });
        const sub = h.emu.subscriptionId;
        await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target, callbackUrl: `http://127.0.0.1:${port}/x` });
        await h.pollDriver().runUntil(completed(h.storage.store, sub, requestId));
        assert.equal(hits, 3);
        const final = await readRecord(h.storage.store, sub, requestId);
        assert.deepEqual([final.callback?.status, final.callback?.attempts, final.callback?.httpStatus], ['failed', 3, 503]);
        assert.equal((await h.events()).filter((e) => e.requestId === requestId).length, 1, 'the event went out regardless');
    } finally {
        await new Promise((resolve) => server.close(resolve));
    }
});
