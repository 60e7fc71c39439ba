import type { EmulatorAccess } from './childProtocol';
import { runPool, timed } from './pool';

/** The throughput workload, the same for every client: what to call and how often. */
export interface ThroughputInput {
    readonly access: EmulatorAccess;
    /** Timed listHostedServices calls (after one warm-up call). */
    readonly listCalls: number;
    /** getHostedServiceProperties embed-detail calls per phase (sequential, then concurrent). */
    readonly getCalls: number;
    readonly concurrency: number;
    /** Untimed calls before the timed phases (JIT, connections). */
    readonly warmupGets: number;
}

export interface ThroughputResult {
    readonly services: number;
    readonly listMs: readonly number[];
    readonly sequentialMs: number;
    readonly concurrentMs: number;
    /** Every call the child made, warm-up included (for TLS connections per call). */
    readonly totalCalls: number;
    /** Deployments seen in the sequential phase: every client must read the same estate. */
    readonly deploymentsSeen: number;
}

/** The large-response workload: listOsImages. */
export interface ListImagesInput {
    readonly access: EmulatorAccess;
    readonly calls: number;
    readonly warmup: number;
}

export interface ListImagesResult {
    readonly images: number;
    readonly callMs: readonly number[];
}

/** What a client must offer the workload. */
export interface WorkloadClient {
    listServiceNames(): Promise<string[]>;
    /** Number of deployments in the answer. */
    getDetailed(serviceName: string): Promise<number>;
}

/** Runs the throughput workload against one client. */
export async function runThroughput(client: WorkloadClient, input: ThroughputInput): Promise<ThroughputResult> {
    const names = await client.listServiceNames();
    if (names.length === 0) throw new Error('The estate has no hosted service.');
    const nameAt = (i: number): string => names[i % names.length] as string;
    await runPool(input.warmupGets, 4, async (i) => void (await client.getDetailed(nameAt(i))));
    const listMs: number[] = [];
    for (let i = 0; i < input.listCalls; i++) {
        listMs.push(
            await timed(async () => {
                const n = (await client.listServiceNames()).length;
                if (n !== names.length) throw new Error(`listHostedServices answered ${n} services, then ${names.length}`);
            }),
        );
    }
    let deploymentsSeen = 0;
    const sequentialMs = await timed(() => runPool(input.getCalls, 1, async (i) => void (deploymentsSeen += await client.getDetailed(nameAt(i)))));
    const concurrentMs = await timed(() => runPool(input.getCalls, input.concurrency, async (i) => void (await client.getDetailed(nameAt(i)))));
    return {
        services: names.length,
        listMs,
        sequentialMs,
        concurrentMs,
        totalCalls: 1 + input.warmupGets + input.listCalls + 2 * input.getCalls,
        deploymentsSeen,
    };
}

/** Runs the large-response workload: `warmup` untimed calls, then `calls` timed ones. */
export async function runListImages(list: () => Promise<number>, input: ListImagesInput): Promise<ListImagesResult> {
    let images = 0;
    for (let i = 0; i < input.warmup; i++) images = await list();
    const callMs: number[] = [];
    for (let i = 0; i < input.calls; i++) {
        callMs.push(
            await timed(async () => {
                images = await list();
            }),
        );
    }
    return { images, callMs };
}
