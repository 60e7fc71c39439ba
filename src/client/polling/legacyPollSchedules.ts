import type { PollSchedule } from './pollSchedule';

/**
 * The legacy clients' polling, as schedules, to compare ours with (tests, benchmarks):
 * - the Python SDK's `wait_for_operation_status` (sleep_interval = 5): a status call at once, then one every 5 s;
 * - Node `azure-asm-compute` / `-storage` long-running wrappers: a first call after 30 s, then one every 30 s.
 */
export const LEGACY_POLL_SCHEDULES = {
    pythonFixed5s: { firstPollsAtMs: [0], fraction: 0, minMs: 5_000, maxMs: 5_000 },
    nodeFixed30s: { firstPollsAtMs: [], fraction: 0, minMs: 30_000, maxMs: 30_000 },
} as const satisfies Record<string, PollSchedule>;
