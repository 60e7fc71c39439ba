import { randomUUID } from 'node:crypto';

import { InvocationContext } from '@azure/functions';
import { QueueClient } from '@azure/storage-queue';

import type { CleanupAsm, CleanupDeps, CleanupLog, CleanupSettings, CleanupTracker } from '../../../src/cleanup/CleanupDeps';
import { createCleanupDeps } from '../../../src/cleanup/createCleanupDeps';
import { processWorkItem } from '../../../src/cleanup/run/processWorkItem';
import type { RunCompletedEvent } from '../../../src/cleanup/run/RunCompletedEvent';
import { CLEANUP_NAMES } from '../../../src/cleanup/store/cleanupNames';
import { createCleanupStorage } from '../../../src/cleanup/store/createCleanupStorage';
import type { RunRecord } from '../../../src/cleanup/store/RunRecord';
import { AsmClient } from '../../../src/client/AsmClient';
import type { PollSchedule } from '../../../src/client/polling/pollSchedule';
import type { Estate } from '../../../src/emulator/state/store/records';
import type { RunningAzurite } from '../../helpers/startAzurite';
import type { TestEmulator } from '../../helpers/startEmulator';

const FAST_POLL: PollSchedule = { firstPollsAtMs: [10, 20, 40], fraction: 0.1, minMs: 10, maxMs: 50 };

/** Fast but real timings: short backoffs, quick polls; the emulator's operations take OPERATION_MS. */
export const FAST_SETTINGS: Partial<CleanupSettings> = {
    retryBaseMs: 5,
    retryMaxMs: 100,
    maxReadAttempts: 10,
    maxDeleteAttempts: 10,
    operationTimeoutMs: 20_000,
    pollSchedule: FAST_POLL,
};

/** Log lines of the engine, kept for assertions. */
export class CapturedLog implements CleanupLog {
    readonly lines: string[] = [];
    info(...args: unknown[]): void {
        this.lines.push(args.map(String).join(' '));
    }
    warn(...args: unknown[]): void {
        this.lines.push(`WARN ${args.map(String).join(' ')}`);
    }
    error(...args: unknown[]): void {
        this.lines.push(`ERROR ${args.map(String).join(' ')}`);
    }
}

export interface Scenario {
    readonly subscriptionId: string;
    readonly client: AsmClient;
    /** Two "instances" of the engine on the same storage (separate gates and policy caches), to play scale-out. */
    readonly instances: readonly [CleanupDeps, CleanupDeps];
    readonly deps: CleanupDeps;
    readonly log: CapturedLog;
    /** The emulator's estate for this subscription. */
    snapshot(): Estate;
    /** `service/deployment` of every deployment, and `service` of every hosted service, sorted. */
    inventory(): string[];
    /** Processes the work queue, as the Functions host would (batches, both instances), until the run has ended. */
    drive(runId: string, options?: { readonly timeoutMs?: number }): Promise<RunRecord>;
    /** Completion events of this subscription's runs, read (and removed) from the events queue. */
    events(): Promise<RunCompletedEvent[]>;
}

export interface ScenarioOptions {
    readonly seed: unknown;
    /** The CLEANUP_POLICY JSON. */
    readonly policy: Record<string, unknown>;
    readonly settings?: Partial<CleanupSettings>;
    /** Wraps the ASM client the engine sees (test doubles for one service). */
    readonly wrapAsm?: (asm: CleanupAsm) => CleanupAsm;
    /** The operation tracker the engine hands each DELETE to. */
    readonly tracker?: CleanupTracker;
}

/** One test's world: a fresh subscription on the shared emulator, seeded; the engine over the shared Azurite. */
export async function startScenario(emu: TestEmulator, azurite: RunningAzurite, options: ScenarioOptions): Promise<Scenario> {
    const subscriptionId = randomUUID();
    emu.registerCertificate(subscriptionId, emu.clientCertificate.certPem);
    emu.state.loadSeed(subscriptionId, options.seed);
    const client = new AsmClient({
        subscriptionId,
        endpoint: emu.endpoint,
        certificate: { cert: emu.clientCertificate.certPem, key: emu.clientCertificate.keyPem },
        ca: emu.ca,
        timeoutMs: 5_000,
        retry: { maxRetries: 6, baseDelayMs: 5, maxRetryDelayMs: 200, retryBudgetMs: 10_000 },
    });
    const storage = createCleanupStorage({ connectionString: azurite.connectionString });
    await storage.ensure();
    const log = new CapturedLog();
    const make = () =>
        createCleanupDeps({
            subscriptionId,
            asm: options.wrapAsm === undefined ? client : options.wrapAsm(client),
            storage,
            policySource: { kind: 'setting', json: JSON.stringify(options.policy) },
            now: () => emu.state.now(),
            settings: { ...FAST_SETTINGS, ...options.settings },
            ...(options.tracker === undefined ? {} : { tracker: options.tracker }),
        });
    const instances = [make(), make()] as const;
    const work = new QueueClient(azurite.connectionString, CLEANUP_NAMES.workQueue);
    const events = new QueueClient(azurite.connectionString, CLEANUP_NAMES.eventsQueue);
    let turn = 0;
    const processOne = async (m: { messageId: string; popReceipt: string; messageText: string; dequeueCount: number }) => {
        const deps = instances[turn++ % 2]!;
        const context = new InvocationContext({ invocationId: randomUUID(), functionName: 'cleanupWorker', logHandler: () => undefined });
        try {
            await processWorkItem(deps, JSON.parse(m.messageText) as unknown, { dequeueCount: m.dequeueCount }, log);
            await work.deleteMessage(m.messageId, m.popReceipt);
        } catch (err) {
            log.error(`worker invocation ${context.invocationId} failed: ${(err as Error).message}`);
        }
    };
    return {
        subscriptionId,
        client,
        instances,
        deps: instances[0],
        log,
        snapshot: () => emu.state.snapshot(subscriptionId) as Estate,
        inventory() {
            const estate = emu.state.snapshot(subscriptionId) as Estate;
            return Object.values(estate.hostedServices)
                .flatMap((s) => [s.name, ...s.deployments.map((d) => `${s.name}/${d.name}`)])
                .sort();
        },
        async drive(runId, { timeoutMs = 60_000 } = {}) {
            const deadline = Date.now() + timeoutMs;
            for (;;) {
                const run = (await instances[0].runs.get(runId))?.value;
                if (run === undefined) throw new Error(`No run ${runId}`);
                if (run.status === 'completed' || run.status === 'failed') return run;
                if (Date.now() > deadline) throw new Error(`Run ${runId} did not finish in ${timeoutMs} ms: ${JSON.stringify(run)}`);
                const { receivedMessageItems } = await work.receiveMessages({ numberOfMessages: 32, visibilityTimeout: 2 });
                if (receivedMessageItems.length === 0) await new Promise((r) => setTimeout(r, 25));
                else await Promise.all(receivedMessageItems.map(processOne));
            }
        },
        async events() {
            const out: RunCompletedEvent[] = [];
            for (;;) {
                const { receivedMessageItems } = await events.receiveMessages({ numberOfMessages: 32, visibilityTimeout: 1 });
                if (receivedMessageItems.length === 0) return out;
                for (const m of receivedMessageItems) {
                    const event = JSON.parse(m.messageText) as RunCompletedEvent;
                    if (event.subscriptionId === subscriptionId) {
                        out.push(event);
                        await events.deleteMessage(m.messageId, m.popReceipt);
                    }
                }
            }
        },
    };
}
