import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import type { ItemRecord, WorkRecord } from '../store/ItemRecord';
import { itemKeys } from '../store/itemKeys';
import type { RunRecord } from '../store/RunRecord';
import { CleanupRunError } from './CleanupRunError';
import { reconcileRun } from './reconcileRun';

export interface RunReport {
    readonly run: RunRecord;
    /** Every decision of the run, by service then plan order. */
    readonly items: readonly ItemRecord[];
    /** Per hosted service progress (and errors). */
    readonly work: readonly WorkRecord[];
}

/** A run with its items (the report); repairs a lagging counter first (reconcileRun). CleanupRunError when unknown. */
export async function getRunReport(deps: CleanupDeps, runId: string, log: CleanupLog): Promise<RunReport> {
    const run = await reconcileRun(deps, runId, log);
    if (run === undefined) throw new CleanupRunError('not-found', `No cleanup run ${runId}.`, runId);
    const all = (await deps.items.listItems<ItemRecord & WorkRecord>(runId)).map((e) => e.value);
    const work = all.filter((e) => e.key.startsWith(itemKeys.works)) as WorkRecord[];
    const items = (all.filter((e) => !e.key.startsWith(itemKeys.works)) as ItemRecord[]).sort(
        (a, b) => a.serviceName.localeCompare(b.serviceName) || a.seq - b.seq,
    );
    return { run, items, work };
}
