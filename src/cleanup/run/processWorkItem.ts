import { isAsmError } from '../../client/errors/isAsmError';
import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import { CleanupPolicyError } from '../policy/CleanupPolicyError';
import { policyKey } from '../policy/policyKey';
import { parseWorkMessage } from '../queue/WorkMessage';
import type { RunRecord } from '../store/RunRecord';
import { claimWork } from './claimWork';
import { describeError } from './describeError';
import { executeServiceItems } from './executeServiceItems';
import { finalizeRun } from './finalizeRun';
import { finishWork } from './finishWork';
import { planApplyWork } from './planApplyWork';
import { planServiceWork } from './planServiceWork';
import { runPolicy } from './runPolicy';

export interface WorkDelivery {
    /** The queue message's dequeue count (1 on the first delivery). */
    readonly dequeueCount?: number;
}

async function workOnService(deps: CleanupDeps, run: RunRecord, serviceName: string, log: CleanupLog): Promise<void> {
    const claimed = await claimWork(deps, run.runId, serviceName);
    if (claimed === undefined || claimed.value.state === 'done') return;
    const planned = runPolicy(run);
    const current = await deps.loadPolicy();
    // Every target is re-checked against the plan's policy, the run's, and the current one (if it changed since).
    const source = run.mode === 'apply' && run.sourceRunId !== undefined ? await deps.runs.get(run.sourceRunId) : undefined;
    const candidates = [source === undefined ? planned : runPolicy(source.value), planned, current];
    const policies = candidates.filter((p, i) => candidates.findIndex((q) => policyKey(q) === policyKey(p)) === i);
    let work = claimed;
    if (work.value.state === 'planning') {
        const next = run.mode === 'plan' ? await planServiceWork(deps, run, planned, work) : await planApplyWork(deps, run, planned, work);
        if (next === undefined) return; // another delivery took over
        work = next;
    }
    await executeServiceItems({ deps, run, policies, concurrency: planned.concurrency, log }, serviceName);
    await finishWork(deps, run.runId, serviceName);
}

/**
 * The queue-triggered worker of `asm-cleanup-work`: one hosted service of one run. Plans it (plan runs) or takes its
 * part of the stored plan (apply runs), executes the deletions, records the work item done and completes the run
 * when it was the last. Idempotent: a redelivered message resumes or does nothing. An ASM or policy failure is
 * recorded as the service's error (the run goes on); a storage failure is thrown for the host to retry, and
 * recorded as an error on the last delivery (settings.maxDequeueCount) so the run still completes.
 */
export async function processWorkItem(deps: CleanupDeps, message: unknown, delivery: WorkDelivery, log: CleanupLog): Promise<void> {
    const msg = parseWorkMessage(message);
    if (msg.subscriptionId.toLowerCase() !== deps.subscriptionId.toLowerCase()) {
        log.warn(`Cleanup work for subscription ${msg.subscriptionId} ignored: this app manages ${deps.subscriptionId}.`);
        return;
    }
    const run = (await deps.runs.get(msg.runId))?.value;
    if (run === undefined || run.status !== 'running') {
        log.info(`Cleanup work ${msg.runId}/${msg.serviceName} ignored: the run is ${run?.status ?? 'unknown'}.`);
        return;
    }
    try {
        await workOnService(deps, run, msg.serviceName, log);
    } catch (err) {
        const last = (delivery.dequeueCount ?? 1) >= deps.settings.maxDequeueCount;
        if (!last && !isAsmError(err) && !(err instanceof CleanupPolicyError)) throw err;
        log.error(`Cleanup run ${run.runId}: ${msg.serviceName} failed: ${describeError(err)}`);
        await finishWork(deps, run.runId, msg.serviceName, describeError(err));
    }
    await finalizeRun(deps, run.runId, log);
}
