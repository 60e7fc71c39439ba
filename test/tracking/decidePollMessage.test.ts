import assert from 'node:assert/strict';
import { test } from 'node:test';

import { decidePollMessage, type PollDecision } from '../../src/tracking/decidePollMessage';
import type { PollMessage } from '../../src/tracking/PollMessage';
import type { TrackedOperation } from '../../src/tracking/TrackedOperation';
import { sampleRecord, T0 } from './helpers/sampleRecord';

const message = (attempt: number): PollMessage => ({
    v: 1,
    subscriptionId: '00000000-0000-0000-0000-000000000001',
    requestId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    attempt,
    dueAt: new Date(T0).toISOString(),
    reason: 'poll',
});
const grace = { resendGraceMs: 30_000 };

const table: readonly [string, TrackedOperation | undefined, number, number, PollDecision][] = [
    // name, record, message attempt, now, decision
    ['no record', undefined, 0, T0, { kind: 'unknown' }],
    ['the expected message', sampleRecord({ attempts: 3 }), 3, T0 + 5_000, { kind: 'poll' }],
    ['an early expected message is still polled', sampleRecord({ attempts: 3, nextPollAt: T0 + 9_000 }), 3, T0 + 5_000, { kind: 'poll' }],
    [
        'the previous message, successor not yet overdue: look again when it would be (a lost successor, or a duplicate)',
        sampleRecord({ attempts: 4, nextPollAt: T0 + 6_000 }),
        3,
        T0 + 6_500,
        { kind: 'awaitSuccessor', delaySeconds: 30 },
    ],
    ['the previous message, successor overdue past the grace: re-send it', sampleRecord({ attempts: 4, nextPollAt: T0 + 6_000 }), 3, T0 + 36_000, { kind: 'resend' }],
    ['an older message', sampleRecord({ attempts: 9, nextPollAt: T0 }), 3, T0 + 600_000, { kind: 'stale' }],
    ['a message from the future', sampleRecord({ attempts: 2 }), 5, T0, { kind: 'stale' }],
    ['terminal, completion done', sampleRecord({ status: 'Succeeded', completion: 'done' }), 3, T0, { kind: 'done' }],
    ['terminal, no completion field (legacy row)', sampleRecord({ status: 'Failed' }), 3, T0, { kind: 'done' }],
    [
        'terminal, pending, claim expired',
        sampleRecord({ status: 'Succeeded', completion: 'pending', completionClaimedUntil: T0 + 1_000 }),
        0,
        T0 + 1_000,
        { kind: 'complete' },
    ],
    [
        'terminal, pending, claim live: look again just after it expires',
        sampleRecord({ status: 'TimedOut', completion: 'pending', completionClaimedUntil: T0 + 120_000 }),
        7,
        T0 + 100_500,
        { kind: 'awaitClaim', delaySeconds: 21 },
    ],
];

for (const [name, record, attempt, now, expected] of table) {
    test(`decidePollMessage: ${name}`, () => {
        assert.deepEqual(decidePollMessage(record, message(attempt), now, grace), expected);
    });
}
