import type { CleanupDeps } from '../CleanupDeps';

const SEND_CONCURRENCY = 16;

/** Sends one work message per hosted service of a run (a few at a time). */
export async function dispatchWork(deps: CleanupDeps, runId: string, serviceNames: readonly string[]): Promise<void> {
    let next = 0;
    const sender = async () => {
        while (next < serviceNames.length) {
            const serviceName = serviceNames[next++]!;
            await deps.queues.sendWork({ runId, subscriptionId: deps.subscriptionId, serviceName });
        }
    };
    await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, serviceNames.length) }, sender));
}
