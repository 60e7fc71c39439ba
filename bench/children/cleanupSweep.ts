/**
 * Child: the real cleanup sweep of src/cleanup, dry run — the timer's entry point (runScheduledCleanup: list the
 * hosted services, queue one work message per service) and the queue worker (processWorkItem: read the service
 * with embed-detail, plan, record) run by a pool the size of the host's queue batch (host.json batchSize), as one
 * Functions instance would: the pool takes messages as soon as they are queued, while the timer is still queueing
 * the rest, until the run has completed. Storage is in memory (see memoryCleanupStorage.ts).
 */
import type { CleanupLog } from '../../src/cleanup/CleanupDeps';
import { createCleanupDeps } from '../../src/cleanup/createCleanupDeps';
import { processWorkItem } from '../../src/cleanup/run/processWorkItem';
import type { RunSummary } from '../../src/cleanup/run/RunSummary';
import { runScheduledCleanup } from '../../src/cleanup/runScheduledCleanup';
import { childMain, type EmulatorAccess } from '../lib/childProtocol';
import { createMemoryCleanupStorage } from '../lib/memoryCleanupStorage';
import { clientFor } from '../lib/clientFor';

export interface CleanupSweepInput {
    readonly access: EmulatorAccess;
    /** Work items processed at once (the host's queue batchSize). */
    readonly concurrency: number;
    /** CLEANUP_POLICY JSON. */
    readonly policy: Record<string, unknown>;
}

export interface CleanupSweepResult {
    readonly ms: number;
    /** Of which the timer's part: list the services, start the run, queue the work. */
    readonly startMs: number;
    readonly status: string;
    readonly totalServices: number;
    readonly processedServices: number;
    readonly decisions: RunSummary['decisions'];
    readonly wouldDelete: number;
    readonly errors: readonly string[];
}

class CountingLog implements CleanupLog {
    readonly errors: string[] = [];
    info(): void {}
    warn(...args: unknown[]): void {
        this.errors.push(`WARN ${args.map(String).join(' ')}`);
    }
    error(...args: unknown[]): void {
        this.errors.push(args.map(String).join(' '));
    }
}

childMain(async (input: CleanupSweepInput): Promise<CleanupSweepResult> => {
    const { access } = input;
    const client = clientFor(access);
    const { storage, queues } = createMemoryCleanupStorage();
    const deps = createCleanupDeps({
        subscriptionId: access.subscriptionId,
        asm: client,
        storage,
        policySource: { kind: 'setting', json: JSON.stringify(input.policy) },
    });
    const log = new CountingLog();
    const queue = queues.work;
    const t0 = performance.now();
    let startMs: number | undefined;
    const timer = runScheduledCleanup(() => Promise.resolve(deps), log).then(() => {
        startMs = performance.now() - t0;
    });
    // The worker pool: at most `concurrency` work items in flight; an idle worker looks again shortly (as the
    // host's listener polls) until the timer has queued everything and the queue is drained.
    const worker = async (): Promise<void> => {
        for (;;) {
            const message = queue.shift();
            if (message !== undefined) await processWorkItem(deps, message, { dequeueCount: 1 }, log);
            else if (startMs === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
            else return;
        }
    };
    await Promise.all([timer, ...Array.from({ length: input.concurrency }, worker)]);
    const ms = performance.now() - t0;
    const [run] = await storage.runs.list(1);
    if (run === undefined) throw new Error(`No cleanup run started: ${log.errors.join('; ')}`);
    const done = (await storage.runs.get(run.runId))?.value;
    await client.close();
    const summary = done?.summary === undefined ? undefined : (JSON.parse(done.summary) as RunSummary);
    return {
        ms,
        startMs: startMs ?? ms,
        status: done?.status ?? 'missing',
        totalServices: done?.totalServices ?? 0,
        processedServices: done?.processedServices ?? 0,
        decisions: summary?.decisions ?? { keep: 0, mark: 0, delete: 0 },
        wouldDelete: summary?.outcomes.wouldDelete ?? 0,
        errors: log.errors.slice(0, 10),
    };
});
