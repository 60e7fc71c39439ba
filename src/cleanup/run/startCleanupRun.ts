import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import { policyToJson } from '../policy/policyToJson';
import type { RunRecord, RunTrigger } from '../store/RunRecord';
import { acquireRunLock } from './acquireRunLock';
import { beginRun } from './beginRun';
import { newRunId } from './newRunId';
import { withAsmRetries } from './withAsmRetries';

export interface StartRunInput {
    readonly trigger: RunTrigger;
    /** Overrides the policy's dryRun for this run. */
    readonly dryRun?: boolean;
}

/**
 * Starts a plan run (timer or POST /api/cleanup/runs): validates the policy (CleanupPolicyError when invalid),
 * takes the one-active-run lock (CleanupRunError 'active-run' when another run is active), enumerates the hosted
 * services and queues one work message per service. A dry run plans and records "would delete"; otherwise the
 * workers delete. Resolves to the run as stored.
 */
export async function startCleanupRun(deps: CleanupDeps, input: StartRunInput, log: CleanupLog): Promise<RunRecord> {
    const policy = await deps.loadPolicy();
    const now = deps.now();
    const runId = (deps.newRunId ?? newRunId)(now);
    await acquireRunLock(deps, runId, log);
    const at = new Date(now).toISOString();
    const run: RunRecord = {
        runId,
        subscriptionId: deps.subscriptionId,
        mode: 'plan',
        dryRun: input.dryRun ?? policy.dryRun,
        trigger: input.trigger,
        status: 'enumerating',
        createdAt: at,
        plannedAt: at,
        policy: JSON.stringify(policyToJson(policy)),
        totalServices: 0,
        processedServices: 0,
        deletionsReserved: 0,
    };
    try {
        await deps.runs.create(run);
    } catch (err) {
        await deps.runs.releaseLock(deps.subscriptionId, runId);
        throw err;
    }
    return beginRun(
        deps,
        run,
        async () => {
            const list = await withAsmRetries(deps, () => deps.asm.listHostedServices());
            return list.map((s) => s.serviceName).sort();
        },
        log,
    );
}
