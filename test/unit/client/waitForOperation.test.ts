import assert from 'node:assert/strict';
import { test } from 'node:test';

import { AsmOperationFailedError, OperationTimeoutError, type OperationStatus } from '../../../src/client';
import { waitForOperation } from '../../../src/client/polling/waitForOperation';

const RID = '26803ab0f361bb8a87b11a2f3b4e8c73';
const inProgress: OperationStatus = { id: '26803ab0-f361-bb8a-87b1-1a2f3b4e8c73', status: 'InProgress' };

/** A fake clock, sleep and status source answering the given statuses in turn (the last one repeats). */
function fake(statuses: OperationStatus[], wakeEarlyMs = 0) {
    const clock = { ms: 1_000_000 };
    const sleeps: number[] = [];
    const calls: { requestId: string; remainingMs: number }[] = [];
    return {
        clock,
        sleeps,
        calls,
        deps: {
            now: () => clock.ms,
            sleep: async (ms: number, signal?: AbortSignal) => {
                signal?.throwIfAborted();
                sleeps.push(ms);
                clock.ms += Math.max(1, ms - wakeEarlyMs);
            },
            getStatus: async (requestId: string, call: { remainingMs: number }) => {
                calls.push({ requestId, remainingMs: call.remainingMs });
                return statuses[Math.min(calls.length - 1, statuses.length - 1)] ?? inProgress;
            },
        },
    };
}

test('polls on the schedule until Succeeded and returns the Operation', async () => {
    const f = fake([inProgress, inProgress, inProgress, { ...inProgress, status: 'Succeeded', httpStatusCode: 200 }]);
    const polls: number[] = [];
    const op = await waitForOperation(RID, { onPoll: (_s, info) => polls.push(info.elapsedMs) }, f.deps);
    assert.deepEqual(op, { ...inProgress, status: 'Succeeded', httpStatusCode: 200 });
    assert.deepEqual(f.sleeps, [1_000, 4_000, 5_000, 5_000]);
    assert.deepEqual(polls, [1_000, 5_000, 10_000, 15_000]);
    assert.ok(f.calls.every((c) => c.requestId === RID));
});

test('Failed throws AsmOperationFailedError with the operation’s own code and message', async () => {
    const failed = { ...inProgress, status: 'Failed', httpStatusCode: 400, error: { code: 'BadRequest', message: 'Port 22 is already in use by one of the endpoints in this deployment.' } };
    const f = fake([inProgress, failed]);
    const err = await waitForOperation(RID, { operation: 'addRole' }, f.deps).catch((e: unknown) => e);
    assert.ok(err instanceof AsmOperationFailedError);
    assert.equal(err.code, 'ASM_OPERATION_FAILED');
    assert.equal(err.requestId, RID);
    assert.equal(err.asmCode, 'BadRequest');
    assert.equal(err.asmMessage, 'Port 22 is already in use by one of the endpoints in this deployment.');
    assert.equal(err.httpStatusCode, 400);
    assert.equal(err.operation, 'addRole');
    assert.match(err.message, /addRole 26803ab0f361bb8a87b11a2f3b4e8c73 failed BadRequest: Port 22/);
});

test('at the deadline: no poll without time left to answer it, then OperationTimeoutError naming the request id', async () => {
    const f = fake([inProgress]);
    const err = await waitForOperation(RID, { timeoutMs: 12_000 }, f.deps).catch((e: unknown) => e);
    assert.ok(err instanceof OperationTimeoutError);
    assert.equal(err.requestId, RID);
    assert.equal(err.lastStatus, 'InProgress');
    assert.equal(err.waitedMs, 12_000);
    assert.match(err.message, /26803ab0f361bb8a87b11a2f3b4e8c73 after 12000 ms \(last status InProgress\)/);
    assert.deepEqual(f.sleeps, [1_000, 4_000, 5_000, 2_000]);
    // each status call is told how much time is left, to bound its own retries
    assert.deepEqual(f.calls.map((c) => c.remainingMs), [11_000, 7_000, 2_000]);
});

test('a timer that wakes a millisecond before the wall clock agrees: the timeout still comes at the deadline, not before', async () => {
    const f = fake([inProgress], 1);
    const err = await waitForOperation(RID, { timeoutMs: 400, schedule: { firstPollsAtMs: [100], fraction: 0, minMs: 100, maxMs: 100 } }, f.deps).catch((e: unknown) => e);
    assert.ok(err instanceof OperationTimeoutError);
    assert.ok(err.waitedMs >= 400, `waited ${err.waitedMs} ms`);
    assert.equal(err.waitedMs, 400);
    // a last sleep makes up the millisecond the early wake-up left short
    assert.equal(f.sleeps.at(-1), 1);
});

test('an absolute deadline (Date or epoch ms) and a resumed wait (startedAt)', async () => {
    const f = fake([inProgress]);
    const deadline = new Date(f.clock.ms + 6_000);
    await assert.rejects(waitForOperation(RID, { deadline }, f.deps), OperationTimeoutError);
    assert.deepEqual(f.sleeps, [1_000, 4_000, 1_000]);
    const g = fake([inProgress, { ...inProgress, status: 'Succeeded' }]);
    // resumed 60 s into the operation: the first polls long past are skipped, 10 % of the elapsed time at once
    await waitForOperation(RID, { startedAt: g.clock.ms - 60_000, deadline: g.clock.ms + 3_600_000 }, g.deps);
    assert.deepEqual(g.sleeps, [6_000, 6_600]);
});

test('abort stops waiting with the signal’s reason', async () => {
    const f = fake([inProgress]);
    const controller = new AbortController();
    const reason = new Error('shutting down');
    const waiting = waitForOperation(RID, { signal: controller.signal, onPoll: (_s, info) => info.polls === 2 && controller.abort(reason) }, f.deps);
    await assert.rejects(waiting, reason);
    assert.equal(f.calls.length, 2);
});
