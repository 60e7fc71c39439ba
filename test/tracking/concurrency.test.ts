import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';

import { InvocationContext } from '@azure/functions';

import { handlePollMessage } from '../../src/tracking/handlePollMessage';
import type { OperationStore } from '../../src/tracking/OperationStore';
import { formatPollMessage } from '../../src/tracking/formatPollMessage';
import type { PollMessage } from '../../src/tracking/PollMessage';
import type { TrackingQueues } from '../../src/tracking/TrackingQueues';
import { DEFAULT_TRACKING_SETTINGS } from '../../src/tracking/TrackingSettings';
import { CALLBACK_SECRET, startTrackingHarness, type TrackingHarness } from './helpers/startTrackingHarness';
import { SimulatedCrash } from './helpers/QueueDriver';
import { completed, readRecord } from './helpers/trackingAsserts';

let h: TrackingHarness;
before(async () => {
    h = await startTrackingHarness();
});
after(async () => {
    await h?.close();
});

const target = 'storageservices/acct';
const settings = { ...DEFAULT_TRACKING_SETTINGS, callbackSecret: CALLBACK_SECRET, claimMs: 1_000, resendGraceMs: 500 };

/** A store that plays a crash once, at the first write `when` selects: before writing, or right after. */
function crashingStore(store: OperationStore, point: 'beforeWrite' | 'afterWrite', when: Parameters<OperationStore['replace']>[0] extends infer R ? (record: R) => boolean : never): OperationStore {
    let crashed = false;
    return {
        create: (r) => store.create(r),
        get: (s, r) => store.get(s, r),
        list: (q) => store.list(q),
        replace: async (record, etag) => {
            if (crashed || !when(record)) return store.replace(record, etag);
            crashed = true;
            if (point === 'afterWrite') await store.replace(record, etag);
            throw new SimulatedCrash(`crash ${point}`);
        },
    };
}

async function eventsFor(requestId: string): Promise<number> {
    return (await h.events()).filter((e) => e.requestId === requestId).length;
}

async function queueIsEmpty(): Promise<boolean> {
    const [polls, poison] = await Promise.all([h.pollQueue.getProperties(), h.poisonQueue.getProperties()]);
    return polls.approximateMessagesCount === 0 && poison.approximateMessagesCount === 0;
}

test('a poller that dies between reading and writing: its message reappears and the record ends right', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 1_200 });
    const sub = h.emu.subscriptionId;
    const store = crashingStore(h.storage.store, 'beforeWrite', (r) => r.attempts === 1);
    await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });
    const driver = h.pollDriver(h.deps({ store, settings }));
    await driver.runUntil(completed(h.storage.store, sub, requestId));
    assert.equal(driver.stats.crashed, 1);
    const final = await readRecord(h.storage.store, sub, requestId);
    assert.equal(final.status, 'Succeeded');
    assert.equal(await eventsFor(requestId), 1);
    assert.ok(await queueIsEmpty());
});

test('a poller that dies after writing, before sending the next poll: the redelivered message re-sends it', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 2_500 });
    const sub = h.emu.subscriptionId;
    let dropped = false;
    const queues: TrackingQueues = {
        sendEvent: (body) => h.storage.queues.sendEvent(body),
        sendPoll: async (message, delay) => {
            if (!dropped && message.reason === 'poll') {
                dropped = true;
                throw new SimulatedCrash('crash before sending the successor');
            }
            return h.storage.queues.sendPoll(message, delay);
        },
    };
    await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });
    const driver = h.pollDriver(h.deps({ queues, settings }));
    await driver.runUntil(completed(h.storage.store, sub, requestId));
    assert.equal(driver.stats.crashed, 1);
    assert.equal((await readRecord(h.storage.store, sub, requestId)).status, 'Succeeded');
    assert.equal(await eventsFor(requestId), 1);
});

test('a poller that dies right after writing the final state (holding the completion claim): the event still goes out once', async () => {
    const requestId = await h.startOperation({ outcome: 'fail', durationMs: 0, error: { status: 400, code: 'BadRequest', message: 'no' } });
    const sub = h.emu.subscriptionId;
    const store = crashingStore(h.storage.store, 'afterWrite', (r) => r.status === 'Failed' && r.eventSentAt === undefined);
    await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });
    const driver = h.pollDriver(h.deps({ store, settings }));
    await driver.runUntil(completed(h.storage.store, sub, requestId));
    assert.equal(driver.stats.crashed, 1);
    assert.equal(await eventsFor(requestId), 1);
    assert.ok(await queueIsEmpty());
});

test('duplicate messages (three copies of each of two polls, and a late copy after the end): exactly one event', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 1_500 });
    const sub = h.emu.subscriptionId;
    const { record } = await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });
    const copy: PollMessage = { v: 1, subscriptionId: sub, requestId, attempt: 0, dueAt: new Date(record.nextPollAt).toISOString(), reason: 'track' };
    await h.storage.queues.sendPoll(copy, 1);
    await h.storage.queues.sendPoll(copy, 1);
    await h.storage.queues.sendPoll({ ...copy, attempt: 1, reason: 'poll' }, 2);
    await h.storage.queues.sendPoll({ ...copy, attempt: 1, reason: 'poll' }, 2);
    h.emu.resetCounters();
    const driver = h.pollDriver(h.deps({ settings }));
    await driver.runUntil(async () => (await completed(h.storage.store, sub, requestId)()) && (await queueIsEmpty()));
    const final = await readRecord(h.storage.store, sub, requestId);
    assert.equal(final.status, 'Succeeded');
    assert.equal(await eventsFor(requestId), 1);
    const calls = h.emu.counters().byOperation['getOperationStatus'] ?? 0;
    assert.ok(calls <= final.attempts + 4, `${calls} status calls for ${final.attempts} recorded polls: duplicates cost at most one call each`);

    await h.storage.queues.sendPoll(copy, 0);
    await driver.runUntil(queueIsEmpty);
    assert.equal(await eventsFor(requestId), 1, 'a late duplicate after completion is dropped');
    assert.equal(driver.stats.failed, 0);
});

test('two pollers racing on one record (both read the same version): one write wins, exactly one event', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 0 });
    const sub = h.emu.subscriptionId;
    const { record } = await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });
    // Barrier: neither instance writes before both have read.
    let reads = 0;
    let open!: () => void;
    const bothRead = new Promise<void>((resolve) => (open = resolve));
    const instance = (): OperationStore => ({
        create: (r) => h.storage.store.create(r),
        list: (q) => h.storage.store.list(q),
        get: async (s, r) => {
            const got = await h.storage.store.get(s, r);
            if (++reads === 2) open();
            return got;
        },
        replace: async (rec, etag) => {
            await bothRead;
            return h.storage.store.replace(rec, etag);
        },
    });
    const logs: string[] = [];
    const context = (): InvocationContext =>
        new InvocationContext({
            invocationId: randomUUID(),
            functionName: 'pollOperation',
            triggerMetadata: { dequeueCount: 1 },
            logHandler: (_level, ...args) => logs.push(args.map(String).join(' ')),
        });
    const message = formatPollMessage({ v: 1, subscriptionId: sub, requestId, attempt: 0, dueAt: new Date(record.nextPollAt).toISOString(), reason: 'track' });
    h.emu.resetCounters();
    await Promise.all([
        handlePollMessage(JSON.parse(message), context(), h.deps({ store: instance(), settings })),
        handlePollMessage(JSON.parse(message), context(), h.deps({ store: instance(), settings })),
    ]);
    assert.equal(h.emu.counters().byOperation['getOperationStatus'], 2, 'both polled ASM');
    assert.equal(logs.filter((l) => l.includes('another poller wrote first')).length, 1, 'one lost the ETag race');
    // The real queue still holds the tracker's first message and the loser's follow-up: drain everything.
    await h.pollDriver(h.deps({ settings })).runUntil(async () => (await completed(h.storage.store, sub, requestId)()) && (await queueIsEmpty()));
    const final = await readRecord(h.storage.store, sub, requestId);
    assert.equal(final.status, 'Succeeded');
    assert.equal(final.attempts, 1);
    assert.equal(await eventsFor(requestId), 1);
});
