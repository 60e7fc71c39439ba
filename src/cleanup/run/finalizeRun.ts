import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import type { ItemRecord, WorkRecord } from '../store/ItemRecord';
import { itemKeys } from '../store/itemKeys';
import type { RunRecord } from '../store/RunRecord';
import { formatRunSummary } from './formatRunSummary';
import type { RunCompletedEvent } from './RunCompletedEvent';
import type { RunSummary } from './RunSummary';
import { summarizeRun } from './summarizeRun';

/** The completion event of a finished run. */
export function completionEvent(run: RunRecord, summary: RunSummary | undefined): RunCompletedEvent {
    return {
        type: 'asm.cleanup.run.completed',
        eventId: run.runId,
        runId: run.runId,
        subscriptionId: run.subscriptionId,
        mode: run.mode,
        dryRun: run.dryRun,
        sourceRunId: run.sourceRunId ?? null,
        status: run.status === 'failed' ? 'failed' : 'completed',
        startedAt: run.createdAt,
        completedAt: run.completedAt ?? run.createdAt,
        summary: summary ?? null,
        error: run.error ?? null,
    };
}

/** Sends the completion event and logs the summary; a failed send is logged, never thrown (the run is done). */
export async function announceRun(deps: Pick<CleanupDeps, 'queues'>, run: RunRecord, summary: RunSummary | undefined, log: CleanupLog): Promise<void> {
    if (summary !== undefined) log.info(formatRunSummary(run, summary));
    else log.error(`Cleanup run ${run.runId} failed: ${run.error ?? 'unknown error'}`);
    try {
        await deps.queues.sendEvent(completionEvent(run, summary));
    } catch (err) {
        log.error(`Cleanup run ${run.runId}: the completion event could not be sent: ${(err as Error).message}`);
    }
}

/**
 * Completes a run once every work item is done — its counter says so AND every work record is `done`: the counter
 * only triggers the check (a repair by reconcileRun racing a worker's own count can run it ahead). Summarizes its
 * items into the run, marks it completed (exactly one caller wins the ETag race and announces it), releases the
 * active-run lock, sends the completion event.
 * Returns whether this call completed it.
 */
export async function finalizeRun(deps: CleanupDeps, runId: string, log: CleanupLog): Promise<boolean> {
    const current = await deps.runs.get(runId);
    if (current === undefined || current.value.status !== 'running' || current.value.processedServices < current.value.totalServices) return false;
    const all = await deps.items.listItems<ItemRecord & WorkRecord>(runId);
    const works = all.filter((e) => e.value.key.startsWith(itemKeys.works)).map((e) => e.value as WorkRecord);
    if (works.filter((w) => w.state === 'done').length < current.value.totalServices) return false;
    const items = all.filter((e) => !e.value.key.startsWith(itemKeys.works)).map((e) => e.value as ItemRecord);
    const summary = summarizeRun(current.value.totalServices, items, works);
    const completedAt = new Date(deps.now()).toISOString();
    const result = await deps.runs.update(runId, (r) =>
        r.status === 'running' ? { ...r, status: 'completed', completedAt, summary: JSON.stringify(summary) } : undefined,
    );
    if (result === undefined || !result.changed) return false;
    await deps.runs.releaseLock(deps.subscriptionId, runId);
    await announceRun(deps, result.run, summary, log);
    return true;
}
