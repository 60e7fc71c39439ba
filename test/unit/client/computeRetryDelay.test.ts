import assert from 'node:assert/strict';
import { test } from 'node:test';

import { computeRetryDelay } from '../../../src/client';

const base = { baseDelayMs: 500, maxRetryDelayMs: 30_000 };

test('full jitter: uniform in [0, min(cap, base·2^n)], capped, floored by Retry-After', () => {
    const table: { retriesSoFar: number; random: number; retryAfterMs?: number; expected: number; why: string }[] = [
        { retriesSoFar: 0, random: 0, expected: 0, why: 'full jitter may not wait at all' },
        { retriesSoFar: 0, random: 0.5, expected: 250, why: 'half of base' },
        { retriesSoFar: 0, random: 0.999999, expected: 499, why: 'just under base' },
        { retriesSoFar: 1, random: 0.5, expected: 500, why: 'ceiling doubles' },
        { retriesSoFar: 3, random: 0.5, expected: 2_000, why: 'ceiling 4000' },
        { retriesSoFar: 6, random: 0.5, expected: 15_000, why: 'ceiling capped at 30000 (500·64 = 32000)' },
        { retriesSoFar: 40, random: 0.999999, expected: 29_999, why: 'huge exponents stay capped' },
        { retriesSoFar: -1, random: 0.5, expected: 250, why: 'negative counts treated as 0' },
        { retriesSoFar: 0, random: 0.5, retryAfterMs: 2_000, expected: 2_000, why: 'Retry-After is a floor' },
        { retriesSoFar: 6, random: 0.5, retryAfterMs: 2_000, expected: 15_000, why: 'jitter above Retry-After is kept' },
        { retriesSoFar: 0, random: 0.2, retryAfterMs: 0, expected: 100, why: 'Retry-After 0' },
        { retriesSoFar: 0, random: 0, retryAfterMs: 1_500.2, expected: 1_501, why: 'rounded up' },
        { retriesSoFar: 0, random: 1.7, expected: 500, why: 'out-of-range random clamped' },
    ];
    for (const row of table) {
        const actual = computeRetryDelay({ ...base, retriesSoFar: row.retriesSoFar, random: () => row.random, ...(row.retryAfterMs === undefined ? {} : { retryAfterMs: row.retryAfterMs }) });
        assert.equal(actual, row.expected, row.why);
    }
});

test('the delay never exceeds the cap without a Retry-After, for any random draw', () => {
    for (let n = 0; n < 20; n++) {
        for (const r of [0, 0.1, 0.5, 0.9, 0.999]) {
            const d = computeRetryDelay({ ...base, retriesSoFar: n, random: () => r });
            assert.ok(d >= 0 && d < 30_000, `n=${n} r=${r} → ${d}`);
        }
    }
});
