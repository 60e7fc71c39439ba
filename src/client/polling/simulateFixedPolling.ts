import type { PollingSimulation } from './simulatePolling';

/** The same for fixed-interval polling (the legacy clients' 5 s): the baseline the schedule is compared with. */
export function simulateFixedPolling(durationMs: number, intervalMs: number): PollingSimulation {
    const calls = Math.max(1, Math.ceil(durationMs / intervalMs));
    return { calls, detectedAtMs: calls * intervalMs, latencyMs: calls * intervalMs - durationMs };
}
