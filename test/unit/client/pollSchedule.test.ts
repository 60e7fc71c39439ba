import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DEFAULT_POLL_SCHEDULE, LEGACY_POLL_SCHEDULES, pollSchedule, simulatePolling } from '../../../src/client';

const python = (durationMs: number) => simulatePolling(durationMs, LEGACY_POLL_SCHEDULES.pythonFixed5s);

test('delays: polls at 1 s and 5 s, then 10 % of the elapsed time within [5 s, 15 s]', () => {
    const table: [number, number, number][] = [
        // elapsedMs, pollsSoFar, expected delay
        [0, 0, 1_000],
        [1_000, 1, 4_000],
        [1_003, 1, 3_997], // the second poll stays on its time, whatever the first call took
        [2_000, 0, 0], // a first poll already due is made at once
        [5_000, 2, 5_000],
        [50_000, 11, 5_000],
        [55_000, 12, 5_500],
        [60_000, 30, 6_000],
        [149_000, 40, 14_900],
        [150_000, 41, 15_000],
        [3_600_000, 300, 15_000],
        [-5, 5, 5_000],
        [60_000, 0, 6_000], // a resumed wait skips first polls long past
    ];
    for (const [elapsed, polls, expected] of table) assert.equal(pollSchedule(elapsed, polls), expected, `${elapsed} ms after ${polls} polls`);
});

test('the first poll times: 1 s, then the 5 s grid to 55 s, then × 1.1', () => {
    let t = 0;
    const times: number[] = [];
    for (let k = 0; k < 15; k++) {
        t += pollSchedule(t, k);
        times.push(t);
    }
    assert.deepEqual(times, [1_000, 5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000, 45_000, 50_000, 55_000, 60_500, 66_550, 73_205]);
});

test('the legacy schedules: Python polls at once then every 5 s, Node after 30 s then every 30 s', () => {
    assert.deepEqual(python(5_000), { calls: 2, detectedAtMs: 5_000, latencyMs: 0 });
    assert.deepEqual(python(60_000), { calls: 13, detectedAtMs: 60_000, latencyMs: 0 });
    assert.deepEqual(python(600_000), { calls: 121, detectedAtMs: 600_000, latencyMs: 0 });
    assert.deepEqual(python(12_000), { calls: 4, detectedAtMs: 15_000, latencyMs: 3_000 });
    assert.deepEqual(simulatePolling(5_000, LEGACY_POLL_SCHEDULES.nodeFixed30s), { calls: 1, detectedAtMs: 30_000, latencyMs: 25_000 });
    assert.deepEqual(simulatePolling(600_000, LEGACY_POLL_SCHEDULES.nodeFixed30s), { calls: 20, detectedAtMs: 600_000, latencyMs: 0 });
});

test('calls and latency per operation duration, against Python fixed 5 s polling', () => {
    const table: [number, number, number, number][] = [
        // durationMs, calls, latencyMs, Python's calls
        [500, 1, 500, 2],
        [1_000, 1, 0, 2],
        [5_000, 2, 0, 2],
        [30_000, 7, 0, 7],
        [60_000, 13, 500, 13],
        [120_000, 21, 9_689, 25],
        [600_000, 53, 6_924, 121],
        [1_800_000, 133, 6_924, 361],
    ];
    for (const [duration, calls, latency, pythonCalls] of table) {
        const sim = simulatePolling(duration);
        assert.equal(sim.calls, calls, `${duration} ms: calls`);
        assert.equal(sim.latencyMs, latency, `${duration} ms: latency`);
        assert.equal(python(duration).calls, pythonCalls, `${duration} ms: Python's calls`);
    }
});

test('the promised bounds hold for every duration from 100 ms to 1 hour', () => {
    for (let duration = 100; duration <= 3_600_000; duration += duration < 60_000 ? 37 : 997) {
        const sim = simulatePolling(duration);
        const legacy = python(duration);
        assert.ok(sim.calls <= legacy.calls, `calls ${sim.calls} > ${legacy.calls} for ${duration} ms`);
        if (duration <= 1_000) assert.ok(sim.latencyMs <= 1_000, `≤ 1 s for ${duration} ms`);
        else if (duration <= 55_000) assert.ok(sim.latencyMs <= legacy.latencyMs, `no later than Python for ${duration} ms`);
        else assert.ok(sim.latencyMs <= 0.1 * duration, `latency ${sim.latencyMs} ms for ${duration} ms`);
        if (duration > 3_000 && duration <= 5_000) assert.ok(sim.latencyMs <= 2_000, `≤ 2 s for ${duration} ms`);
    }
});

test('the schedule is data: a custom one is honoured', () => {
    const fixed = { ...DEFAULT_POLL_SCHEDULE, firstPollsAtMs: [], fraction: 0, minMs: 5_000, maxMs: 5_000 };
    assert.deepEqual(simulatePolling(12_000, fixed), { calls: 3, detectedAtMs: 15_000, latencyMs: 3_000 });
});
