import type { RunSummary } from './RunSummary';

/** The message sent to `asm-cleanup-events` once per run. `eventId` is the runId: consumers may dedupe on it. */
export interface RunCompletedEvent {
    readonly type: 'asm.cleanup.run.completed';
    readonly eventId: string;
    readonly runId: string;
    readonly subscriptionId: string;
    readonly mode: 'plan' | 'apply';
    readonly dryRun: boolean;
    readonly sourceRunId: string | null;
    readonly status: 'completed' | 'failed';
    readonly startedAt: string;
    readonly completedAt: string;
    readonly summary: RunSummary | null;
    readonly error: string | null;
}
