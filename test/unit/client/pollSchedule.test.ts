import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DEFAULT_POLL_SCHEDULE, pollSchedule, simulateFixedPolling, simulatePolling } from '../../../src/client';

test('delays: 250 ms, 500 ms, then 10 % of the elapsed time within [1 s, 15 s]', () => {
    const table: [number, number, number][] = [
        // elapsedMs, pollsSoFar, expected delay
        [0, 0, 250],
        [250, 1, 500],
        [750, 2, 1_000],
        [9_750, 11, 1_000],
        [10_750, 12, 1_075],
        [60_000, 30, 6_000],
        [149_000, 40, 14_900],
        [150_000, 41, 15_000],
        [3_600_000, 300, 15_000],
        [-5, 5, 1_000],
        [60_000, 0, 6_000], // a resumed wait skips the warm-up
    ];
    for (const [elapsed, polls, expected] of table) assert.equal(pollSchedule(elapsed, polls), expected, `${elapsed} ms after ${polls} polls`);
});

test('the first poll times', () => {
    let t = 0;
    const times: number[] = [];
    for (let k = 0; k < 15; k++) {
        t += pollSchedule(t, k);
        times.push(t);
    }
    assert.deepEqual(times, [250, 750, 1_750, 2_750, 3_750, 4_750, 5_750, 6_750, 7_750, 8_750, 9_750, 10_750, 11_825, 13_008, 14_309]);
});

test('latency and calls per operation duration, against fixed 5 s polling', () => {
    const table: [number, number, number, number][] = [
        // durationMs, calls, latencyMs, fixed-5s calls
        [1_000, 3, 750, 1],
        [5_000, 7, 750, 1],
        [30_000, 23, 674, 6],
        [120_000, 38, 8_135, 24],
        [300_000, 50, 5_044, 60],
        [600_000, 70, 5_044, 120],
        [1_800_000, 150, 5_044, 360],
    ];
    for (const [duration, calls, latency, fixedCalls] of table) {
        const sim = simulatePolling(duration);
        assert.equal(sim.calls, calls, `${duration} ms: calls`);
        assert.equal(sim.latencyMs, latency, `${duration} ms: latency`);
        assert.equal(simulateFixedPolling(duration, 5_000).calls, fixedCalls, `${duration} ms: fixed calls`);
    }
});

test('the promised bounds hold for every duration from 100 ms to 1 hour', () => {
    for (let duration = 100; duration <= 3_600_000; duration += duration < 20_000 ? 37 : 997) {
        const sim = simulatePolling(duration);
        assert.ok(sim.latencyMs <= Math.max(1_000, 0.1 * duration) + 1, `latency ${sim.latencyMs} ms for ${duration} ms`);
        if (duration <= 5_000) assert.ok(sim.latencyMs <= 2_000, `≤ 2 s for ${duration} ms`);
        if (duration >= 225_000) {
            assert.ok(sim.calls <= simulateFixedPolling(duration, 5_000).calls, `calls ${sim.calls} for ${duration} ms`);
        }
    }
});

test('the schedule is data: a custom one is honoured', () => {
    const fixed = { ...DEFAULT_POLL_SCHEDULE, warmupMs: [], fraction: 0, minMs: 5_000, maxMs: 5_000 };
    assert.deepEqual(simulatePolling(12_000, fixed), { calls: 3, detectedAtMs: 15_000, latencyMs: 3_000 });
});
