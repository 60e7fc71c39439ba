import type { ItemRecord } from '../store/ItemRecord';
import { itemKeys } from '../store/itemKeys';
import type { Versioned } from '../store/Versioned';
import type { ExecutionContext } from './ExecutionContext';
import { executeDeletion } from './executeDeletion';

const open = (e: Versioned<ItemRecord>) => e.value.action === 'delete' && (e.value.outcome === 'pending' || e.value.outcome === 'deleting');

/**
 * Executes a hosted service's open deletions of the run: its deployments (in parallel, bounded by the gate), then
 * the hosted service itself, whose re-check requires it to have no deployments left.
 */
export async function executeServiceItems(ctx: ExecutionContext, serviceName: string): Promise<ItemRecord[]> {
    const { deps, run } = ctx;
    const deployments = (await deps.items.listItems(run.runId, `${itemKeys.deployments}${serviceName.toLowerCase()}~`)).filter(open);
    const done = await Promise.all(deployments.sort((a, b) => a.value.seq - b.value.seq).map((e) => executeDeletion(ctx, e)));
    const service = await deps.items.getItem(run.runId, itemKeys.service(serviceName));
    if (service !== undefined && open(service)) {
        const all = await deps.items.listItems(run.runId, `${itemKeys.deployments}${serviceName.toLowerCase()}~`);
        const wouldDelete = all.filter((e) => e.value.outcome === 'would-delete').map((e) => e.value.deploymentName ?? '');
        done.push(await executeDeletion({ ...ctx, wouldDelete }, service));
    }
    return done;
}
