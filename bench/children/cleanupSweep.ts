/**
 * Child: the real cleanup sweep of src/cleanup, dry run — the timer's entry point (runScheduledCleanup: list the
 * hosted services, queue one work message per service) and the queue worker (processWorkItem: read the service
 * with embed-detail, plan, record) run by a pool the size of the host's queue batch (host.json batchSize), as one
 * Functions instance would, until the run has completed. Storage is in memory (see memoryCleanupStorage.ts).
 */
import type { CleanupLog } from '../../src/cleanup/CleanupDeps';
import { createCleanupDeps } from '../../src/cleanup/createCleanupDeps';
import { processWorkItem } from '../../src/cleanup/run/processWorkItem';
import type { RunSummary } from '../../src/cleanup/run/RunSummary';
import { runScheduledCleanup } from '../../src/cleanup/runScheduledCleanup';
import { createAsmClient } from '../../src/client/AsmClient';
import { childMain, type EmulatorAccess } from '../lib/childProtocol';
import { createMemoryCleanupStorage } from '../lib/memoryCleanupStorage';

export interface CleanupSweepInput {
    readonly access: EmulatorAccess;
    /** Work items processed at once (the host's queue batchSize). */
    readonly concurrency: number;
    /** CLEANUP_POLICY JSON. */
    readonly policy: Record<string, unknown>;
}

export interface CleanupSweepResult {
    readonly ms: number;
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
    const client = createAsmClient({
        subscriptionId: access.subscriptionId,
        endpoint: access.endpoint,
        certificate: { cert: access.certPem, key: access.keyPem },
        ca: access.caPem,
    });
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
    await runScheduledCleanup(() => Promise.resolve(deps), log);
    const [run] = await storage.runs.list(1);
    if (run === undefined) throw new Error(`No cleanup run started: ${log.errors.join('; ')}`);
    // The worker pool: at most `concurrency` work items in flight, until the queue is drained.
    const worker = async (): Promise<void> => {
        for (let message = queue.shift(); message !== undefined; message = queue.shift()) {
            await processWorkItem(deps, message, { dequeueCount: 1 }, log);
        }
    };
    await Promise.all(Array.from({ length: input.concurrency }, worker));
    const ms = performance.now() - t0;
    const done = (await storage.runs.get(run.runId))?.value;
    await client.close();
    const summary = done?.summary === undefined ? undefined : (JSON.parse(done.summary) as RunSummary);
    return {
        ms,
        status: done?.status ?? 'missing',
        totalServices: done?.totalServices ?? 0,
        processedServices: done?.processedServices ?? 0,
        decisions: summary?.decisions ?? { keep: 0, mark: 0, delete: 0 },
        wouldDelete: summary?.outcomes.wouldDelete ?? 0,
        errors: log.errors.slice(0, 10),
    };
});
