import assert from 'node:assert/strict';
import { test } from 'node:test';

import { nextState } from '../../src/tracking/nextState';
import type { PollObservation } from '../../src/tracking/PollObservation';
import type { TrackedOperation } from '../../src/tracking/TrackedOperation';
import { sampleRecord, T0 } from './helpers/sampleRecord';

const opts = { claimMs: 120_000 };
const inProgress: PollObservation = { kind: 'status', status: 'InProgress' };
const succeeded: PollObservation = { kind: 'status', status: 'Succeeded', httpStatusCode: 200 };
const failed: PollObservation = { kind: 'status', status: 'Failed', httpStatusCode: 409, error: { code: 'ConflictError', message: 'busy' } };
const transient: PollObservation = { kind: 'transientError', error: { code: 'ServiceUnavailable', message: '503', httpStatusCode: 503 } };
const poisoned: PollObservation = { kind: 'poisoned', reason: 'Failed 5 times.' };

interface Row {
    readonly name: string;
    readonly record: TrackedOperation;
    readonly observation: PollObservation;
    readonly now: number;
    readonly expect: Partial<TrackedOperation>;
    /** Expected actions: 'complete' or the poll's [attempt, delaySeconds]. */
    readonly actions: readonly ('complete' | readonly [number, number])[];
}

const table: readonly Row[] = [
    {
        name: 'first poll (at 1 s), still running: the second at 5 s',
        record: sampleRecord(),
        observation: inProgress,
        now: T0 + 1_000,
        expect: { status: 'InProgress', attempts: 1, lastStatus: 'InProgress', lastPolledAt: T0 + 1_000, nextPollAt: T0 + 5_000 },
        actions: [[1, 4]],
    },
    {
        name: 'after a minute: 10 % of elapsed (6 s)',
        record: sampleRecord({ attempts: 30 }),
        observation: inProgress,
        now: T0 + 60_000,
        expect: { status: 'InProgress', attempts: 31, nextPollAt: T0 + 66_000 },
        actions: [[31, 6]],
    },
    {
        name: 'after an hour: capped at 15 s',
        record: sampleRecord({ attempts: 300, deadline: T0 + 7_200_000 }),
        observation: inProgress,
        now: T0 + 3_600_000,
        expect: { nextPollAt: T0 + 3_615_000 },
        actions: [[301, 15]],
    },
    {
        name: 'fractional delays round up to whole seconds (55.5 s → 5.55 s → 6 s)',
        record: sampleRecord({ attempts: 12 }),
        observation: inProgress,
        now: T0 + 55_500,
        expect: { nextPollAt: T0 + 61_500 },
        actions: [[13, 6]],
    },
    {
        name: 'the last poll is scheduled at the deadline, not past it',
        record: sampleRecord({ attempts: 40, deadline: T0 + 152_000 }),
        observation: inProgress,
        now: T0 + 150_000,
        expect: { nextPollAt: T0 + 152_000 },
        actions: [[41, 2]],
    },
    {
        name: 'Succeeded: terminal, result recorded, completion claimed',
        record: sampleRecord({ attempts: 4, lastError: { code: 'x', message: 'y' } }),
        observation: succeeded,
        now: T0 + 5_000,
        expect: {
            status: 'Succeeded',
            attempts: 5,
            completedAt: T0 + 5_000,
            resultHttpStatusCode: 200,
            completion: 'pending',
            completionClaimedUntil: T0 + 125_000,
            lastStatus: 'Succeeded',
        },
        actions: ['complete'],
    },
    {
        name: 'Failed: ASM error recorded',
        record: sampleRecord({ attempts: 2 }),
        observation: failed,
        now: T0 + 3_000,
        expect: { status: 'Failed', attempts: 3, error: { code: 'ConflictError', message: 'busy', httpStatusCode: 409 }, completion: 'pending' },
        actions: ['complete'],
    },
    {
        name: 'Failed without an <Error>: a generic one',
        record: sampleRecord(),
        observation: { kind: 'status', status: 'Failed' },
        now: T0 + 1_000,
        expect: { status: 'Failed', error: { code: 'OperationFailed', message: 'The operation failed without an error message.' } },
        actions: ['complete'],
    },
    {
        name: 'Succeeded after the deadline still counts as Succeeded',
        record: sampleRecord({ deadline: T0 + 1_000 }),
        observation: succeeded,
        now: T0 + 5_000,
        expect: { status: 'Succeeded' },
        actions: ['complete'],
    },
    {
        name: 'InProgress at the deadline: TimedOut',
        record: sampleRecord({ attempts: 7, deadline: T0 + 8_000 }),
        observation: inProgress,
        now: T0 + 8_000,
        expect: { status: 'TimedOut', attempts: 8, completedAt: T0 + 8_000, completion: 'pending' },
        actions: ['complete'],
    },
    {
        name: 'transient error before the deadline: counted, rescheduled on the schedule, attempt advances',
        record: sampleRecord({ attempts: 3, lastStatus: 'InProgress' }),
        observation: transient,
        now: T0 + 4_000,
        expect: { status: 'InProgress', attempts: 4, pollErrors: 1, lastError: { code: 'ServiceUnavailable', message: '503', httpStatusCode: 503 }, lastStatus: 'InProgress' },
        actions: [[4, 5]],
    },
    {
        name: 'transient error at the deadline: TimedOut, naming the last error',
        record: sampleRecord({ attempts: 3, deadline: T0 + 4_000 }),
        observation: transient,
        now: T0 + 4_000,
        expect: { status: 'TimedOut', pollErrors: 1 },
        actions: ['complete'],
    },
    {
        name: 'poisoned: Poisoned with the reason and the last error, attempts unchanged',
        record: sampleRecord({ attempts: 2, lastError: { code: 'ForbiddenError', message: 'cert' } }),
        observation: poisoned,
        now: T0 + 60_000,
        expect: {
            status: 'Poisoned',
            attempts: 2,
            error: { code: 'PollMessagePoisoned', message: 'Failed 5 times. Last error: ForbiddenError: cert' },
            completion: 'pending',
        },
        actions: ['complete'],
    },
    {
        name: 'a terminal record never changes',
        record: sampleRecord({ status: 'Succeeded', completion: 'done', completedAt: T0 }),
        observation: failed,
        now: T0 + 9_000,
        expect: { status: 'Succeeded', completion: 'done', completedAt: T0 },
        actions: [],
    },
];

for (const row of table) {
    test(`nextState: ${row.name}`, () => {
        const { record, actions } = nextState(row.record, row.observation, row.now, opts);
        for (const [key, value] of Object.entries(row.expect)) {
            assert.deepEqual(record[key as keyof TrackedOperation], value, key);
        }
        const got = actions.map((a) => (a.type === 'complete' ? 'complete' : ([a.message.attempt, a.delaySeconds] as const)));
        assert.deepEqual(got, row.actions);
        for (const a of actions) {
            if (a.type !== 'schedulePoll') continue;
            assert.equal(a.message.subscriptionId, row.record.subscriptionId);
            assert.equal(a.message.requestId, row.record.requestId);
            assert.equal(a.message.dueAt, new Date(record.nextPollAt).toISOString(), 'the message carries the expected nextPollAt');
            assert.equal(a.message.attempt, record.attempts, 'the message carries the attempt the record will expect');
        }
    });
}

test('nextState: TimedOut message names the deadline and the last status', () => {
    const { record } = nextState(sampleRecord({ deadline: T0 + 1_000, lastStatus: 'InProgress' }), inProgress, T0 + 1_000, opts);
    assert.match(record.error?.message ?? '', /Still InProgress at the tracking deadline 2026-01-01T00:00:01.000Z/);
    assert.equal(record.error?.code, 'OperationTimedOut');
});

test('nextState: pure (the input record is not modified)', () => {
    const before = sampleRecord();
    const copy = structuredClone(before);
    nextState(before, succeeded, T0 + 1_000, opts);
    assert.deepEqual(before, copy);
});
