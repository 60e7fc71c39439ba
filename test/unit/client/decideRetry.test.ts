import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type AttemptOutcome, DEFAULT_RETRY_OPTIONS, decideRetry } from '../../../src/client';

const EXCLUSIVE =
    'Windows Azure is currently performing an operation with x-ms-requestid ffc239393180bce6bee2c9668f31048b on this deployment that requires exclusive access.';

const http = (status: number, extra: Partial<Extract<AttemptOutcome, { kind: 'response' }>> = {}): AttemptOutcome => ({ kind: 'response', status, ...extra });
const transport = (failure: 'connect' | 'tls' | 'reset' | 'timeout' | 'other', reachedServer = failure !== 'connect'): AttemptOutcome => ({
    kind: 'transport',
    failure,
    reachedServer,
});

function decide(outcome: AttemptOutcome, idempotent: boolean, more: { retriesSoFar?: number; elapsedMs?: number } = {}) {
    return decideRetry({ outcome, idempotent, retriesSoFar: more.retriesSoFar ?? 0, elapsedMs: more.elapsedMs ?? 0, options: DEFAULT_RETRY_OPTIONS, random: () => 0.5 });
}

test('which outcomes are retried, for GET (idempotent) and POST/PUT/DELETE', () => {
    const table: [string, AttemptOutcome, boolean, boolean][] = [
        // name, outcome, retried when idempotent, retried when not
        ['500', http(500), true, false],
        ['502', http(502), true, false],
        ['503', http(503), true, false],
        ['504', http(504), true, false],
        ['429', http(429), true, false],
        ['400', http(400, { asmCode: 'BadRequest' }), false, false],
        ['403', http(403, { asmCode: 'ForbiddenError' }), false, false],
        ['404', http(404, { asmCode: 'ResourceNotFound' }), false, false],
        ['409 exclusive access', http(409, { asmCode: 'ConflictError', asmMessage: EXCLUSIVE }), true, true],
        ['409 already exists', http(409, { asmCode: 'ConflictError', asmMessage: 'The specified DNS name is already taken.' }), false, false],
        ['409 other code, exclusive text', http(409, { asmCode: 'Other', asmMessage: EXCLUSIVE }), false, false],
        ['501', http(501), false, false],
        ['connect failure (never sent)', transport('connect'), true, true],
        ['reset', transport('reset'), true, false],
        ['timeout', transport('timeout'), true, false],
        ['tls', transport('tls'), false, false],
        ['other', transport('other'), false, false],
    ];
    for (const [name, outcome, forGet, forPost] of table) {
        assert.equal(decide(outcome, true).retry, forGet, `GET ${name}`);
        assert.equal(decide(outcome, false).retry, forPost, `POST ${name}`);
    }
});

test('the decision carries the jittered delay, and Retry-After as a floor', () => {
    const first = decide(http(503), true);
    assert.deepEqual(first, { retry: true, delayMs: 250, reason: 'HTTP 503 on an idempotent request' });
    const third = decide(http(503), true, { retriesSoFar: 2 });
    assert.equal(third.retry && third.delayMs, 1_000);
    const hinted = decide(http(503, { retryAfterMs: 7_000 }), true);
    assert.equal(hinted.retry && hinted.delayMs, 7_000);
});

test('bounded by maxRetries, by maxRetryDelayMs for Retry-After, and by the budget', () => {
    const table: [string, Parameters<typeof decide>, boolean][] = [
        ['last allowed retry', [http(503), true, { retriesSoFar: 4 }], true],
        ['maxRetries reached', [http(503), true, { retriesSoFar: 5 }], false],
        ['Retry-After at the cap', [http(429, { retryAfterMs: 30_000 }), true], true],
        ['Retry-After above the cap', [http(429, { retryAfterMs: 30_001 }), true], false],
        ['within budget', [http(503), true, { elapsedMs: 119_750 }], true],
        ['delay would end past the budget', [http(503), true, { elapsedMs: 119_751 }], false],
        ['budget gone', [transport('connect'), false, { elapsedMs: 200_000 }], false],
    ];
    for (const [name, args, expected] of table) {
        const decision = decide(...args);
        assert.equal(decision.retry, expected, `${name}: ${decision.reason}`);
    }
});
