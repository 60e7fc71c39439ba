import type { CleanupDeps, CleanupLog } from './CleanupDeps';
import { CleanupRunError } from './run/CleanupRunError';
import { startCleanupRun } from './run/startCleanupRun';

/**
 * The timer's entry point (`%CLEANUP_SCHEDULE%`): starts a plan run with the policy's dryRun. A run still active
 * from before is not an error (logged, skipped); an invalid policy or an unreachable ASM fails the invocation.
 */
export async function runScheduledCleanup(getDeps: () => Promise<CleanupDeps>, log: CleanupLog): Promise<void> {
    try {
        const run = await startCleanupRun(await getDeps(), { trigger: 'timer' }, log);
        log.info(`Scheduled cleanup ${run.runId}: ${run.totalServices} hosted services queued${run.dryRun ? ' (dry run)' : ''}.`);
    } catch (err) {
        if (err instanceof CleanupRunError && err.kind === 'active-run') {
            log.warn(`Scheduled cleanup skipped: ${err.message}`);
            return;
        }
        throw err;
    }
}
