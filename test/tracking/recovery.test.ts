import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';

import { InvocationContext } from '@azure/functions';

import { sweepOperations } from '../../src/tracking/sweepOperations';
import { DEFAULT_TRACKING_SETTINGS } from '../../src/tracking/TrackingSettings';
import { CALLBACK_SECRET, startTrackingHarness, type TrackingHarness } from './helpers/startTrackingHarness';
import { completed, readRecord, sleep } from './helpers/trackingAsserts';

let h: TrackingHarness;
before(async () => {
    h = await startTrackingHarness();
});
after(async () => {
    await h?.close();
});

const target = 'storageservices/acct';

async function eventsFor(requestId: string) {
    return (await h.events()).filter((e) => e.requestId === requestId);
}

const quietLog = new InvocationContext({ invocationId: randomUUID(), functionName: 'sweepOperations', logHandler: () => undefined });

test('a poison message: the poll keeps failing (ASM answers 400 for the request id), the host moves it to the poison queue, the record is marked Poisoned and the event sent', async () => {
    const sub = h.emu.subscriptionId;
    const requestId = randomBytes(16).toString('hex'); // never issued by the emulator: getOperationStatus answers 400
    await h.tracker().track({ subscriptionId: sub, requestId, operation: 'deleteDeployment', target: 'hostedservices/x/deployments/y', correlationId: 'corr-poison' });

    const polls = h.pollDriver();
    await polls.runUntil(async () => polls.stats.poisoned === 1, 30_000);
    assert.equal(polls.stats.failed, 5, 'host.json maxDequeueCount attempts, each one throwing');
    const marked = await readRecord(h.storage.store, sub, requestId);
    assert.equal(marked.status, 'InProgress', 'not yet marked: that is the poison handler’s job');
    assert.equal(marked.lastError?.httpStatusCode, 400, 'the poller left the reason on the record');

    await h.poisonDriver().runUntil(completed(h.storage.store, sub, requestId));
    const final = await readRecord(h.storage.store, sub, requestId);
    assert.equal(final.status, 'Poisoned');
    assert.equal(final.error?.code, 'PollMessagePoisoned');
    assert.match(final.error?.message ?? '', /attempt 0 failed on every delivery .* moved to the poison queue/);
    assert.match(final.error?.message ?? '', /Last error: BadRequest/);
    const events = await eventsFor(requestId);
    assert.equal(events.length, 1);
    assert.deepEqual([events[0]?.status, events[0]?.correlationId], ['Poisoned', 'corr-poison']);

    // The same poison message again (a redelivery): nothing more.
    await h.poisonQueue.sendMessage(JSON.stringify({ v: 1, subscriptionId: sub, requestId, attempt: 0, dueAt: new Date().toISOString(), reason: 'track' }));
    await h.poisonDriver().runUntil(async () => (await h.poisonQueue.getProperties()).approximateMessagesCount === 0);
    assert.equal((await eventsFor(requestId)).length, 1);
});

test('a broken chain (the poll message is lost): the sweep finds the overdue record and re-sends its poll', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 500 });
    const sub = h.emu.subscriptionId;
    await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });
    await h.pollQueue.clearMessages(); // the chain's only message is gone

    const settings = { ...DEFAULT_TRACKING_SETTINGS, callbackSecret: CALLBACK_SECRET, staleAfterMs: 1_000 };
    assert.deepEqual(await sweepOperations(h.deps({ settings }), quietLog), { resentPolls: 0, resumedCompletions: 0 }, 'not overdue yet');
    await sleep(3_000); // first poll due at 1 s, overdue 1 s later
    assert.deepEqual(await sweepOperations(h.deps({ settings }), quietLog), { resentPolls: 1, resumedCompletions: 0 });
    assert.equal((await readRecord(h.storage.store, sub, requestId)).recoveries, 1);

    await h.pollDriver().runUntil(completed(h.storage.store, sub, requestId));
    assert.equal((await readRecord(h.storage.store, sub, requestId)).status, 'Succeeded');
    assert.equal((await eventsFor(requestId)).length, 1);
    assert.deepEqual(await sweepOperations(h.deps({ settings }), quietLog), { resentPolls: 0, resumedCompletions: 0 }, 'nothing left to sweep');
});

test('the sweep resumes a completion whose claim holder died (terminal, event unsent, claim expired)', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 0 });
    const sub = h.emu.subscriptionId;
    await h.tracker().track({ subscriptionId: sub, requestId, operation: 'createStorageAccount', target });
    await h.pollQueue.clearMessages();
    // Play the dead holder: the terminal state with a claim that has expired, no event sent, no message left.
    const stored = await h.storage.store.get(sub, requestId);
    assert.ok(stored);
    const now = Date.now();
    await h.storage.store.replace(
        { ...stored.record, status: 'Succeeded', attempts: 1, completedAt: now, lastPolledAt: now, completion: 'pending', completionClaimedUntil: now - 1 },
        stored.etag,
    );
    assert.deepEqual(await sweepOperations(h.deps(), quietLog), { resentPolls: 0, resumedCompletions: 1 });
    await h.pollDriver().runUntil(completed(h.storage.store, sub, requestId));
    assert.equal((await eventsFor(requestId)).length, 1);
});

test('track() is idempotent: the same request id twice keeps one record and one chain', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 800 });
    const sub = h.emu.subscriptionId;
    const tracker = h.tracker();
    const input = { subscriptionId: sub, requestId, operation: 'createStorageAccount', target, correlationId: 'first' };
    const first = await tracker.track(input);
    const second = await tracker.track({ ...input, correlationId: 'second' });
    assert.deepEqual([first.created, second.created], [true, false]);
    assert.equal(second.record.correlationId, 'first', 'the first registration stands');
    assert.equal((await h.pollQueue.getProperties()).approximateMessagesCount, 1, 'one chain');
    await h.pollDriver().runUntil(async () => (await completed(h.storage.store, sub, requestId)()) && (await h.pollQueue.getProperties()).approximateMessagesCount === 0);
    const third = await tracker.track(input);
    assert.deepEqual([third.created, third.record.status], [false, 'Succeeded']);
    assert.equal((await h.pollQueue.getProperties()).approximateMessagesCount, 0, 'no poll for a finished operation');
    assert.equal((await eventsFor(requestId)).length, 1);
});

test('track() again after the first call lost its poll message (died between its two writes): the first poll is re-sent', async () => {
    const requestId = await h.startOperation({ outcome: 'succeed', durationMs: 300 });
    const sub = h.emu.subscriptionId;
    const settings = { ...DEFAULT_TRACKING_SETTINGS, resendGraceMs: 500 };
    const tracker = h.tracker({ settings });
    const input = { subscriptionId: sub, requestId, operation: 'createStorageAccount', target };
    await tracker.track(input);
    await h.pollQueue.clearMessages();
    await tracker.track(input);
    assert.equal((await h.pollQueue.getProperties()).approximateMessagesCount, 0, 'not overdue yet: nothing sent');
    await sleep(2_500); // first poll due at 1 s, overdue 0.5 s later
    await tracker.track(input);
    assert.equal((await h.pollQueue.getProperties()).approximateMessagesCount, 1, 'overdue: re-sent');
    await h.pollDriver().runUntil(completed(h.storage.store, sub, requestId));
    assert.equal((await eventsFor(requestId)).length, 1);
});
