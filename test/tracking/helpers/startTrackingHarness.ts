import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type QueueClient, QueueServiceClient } from '@azure/storage-queue';

import { AsmClient } from '../../../src/client/AsmClient';
import type { CompletionEvent } from '../../../src/tracking/CompletionEvent';
import { createTrackingStorage, type TrackingStorage } from '../../../src/tracking/createTrackingStorage';
import { handlePoisonMessage } from '../../../src/tracking/handlePoisonMessage';
import { handlePollMessage } from '../../../src/tracking/handlePollMessage';
import { OperationTracker } from '../../../src/tracking/OperationTracker';
import { statusFetcherFor } from '../../../src/tracking/statusFetcherFor';
import type { TrackingDeps } from '../../../src/tracking/TrackingDeps';
import { EVENTS_QUEUE, POLL_POISON_QUEUE, POLL_QUEUE } from '../../../src/tracking/trackingNames';
import { DEFAULT_TRACKING_SETTINGS } from '../../../src/tracking/TrackingSettings';
import { projectRoot } from '../../helpers/projectPaths';
import { type RunningAzurite, startAzurite } from '../../helpers/startAzurite';
import { startEmulator, type TestEmulator } from '../../helpers/startEmulator';
import { QueueDriver } from './QueueDriver';

export const CALLBACK_SECRET = 'test-callback-secret';

/** host.json `extensions.queues` as the project ships it. */
function hostQueueSettings(): { maxDequeueCount: number } {
    const host = JSON.parse(readFileSync(path.join(projectRoot(), 'host.json'), 'utf8')) as { extensions?: { queues?: { maxDequeueCount?: number } } };
    return { maxDequeueCount: host.extensions?.queues?.maxDequeueCount ?? 5 };
}

export interface TrackingHarness {
    readonly emu: TestEmulator;
    readonly azurite: RunningAzurite;
    readonly client: AsmClient;
    readonly storage: TrackingStorage;
    readonly pollQueue: QueueClient;
    readonly poisonQueue: QueueClient;
    /** Deps over the real storage and emulator; override any part. */
    deps(overrides?: Partial<TrackingDeps>): TrackingDeps;
    tracker(overrides?: Partial<TrackingDeps>): OperationTracker;
    /** A driver of the poll queue (the pollOperation function) and one of the poison queue (operationPoison). */
    pollDriver(deps?: TrackingDeps): QueueDriver;
    poisonDriver(deps?: TrackingDeps): QueueDriver;
    /** Every completion event sent so far (drained from the events queue and kept). */
    events(): Promise<CompletionEvent[]>;
    /** Starts a createStorageAccount in the emulator with a scripted outcome; returns its request id. */
    startOperation(outcome: { readonly outcome?: 'succeed' | 'fail' | 'never'; readonly durationMs?: number; readonly error?: { status: number; code: string; message: string } }): Promise<string>;
    close(): Promise<void>;
}

let accountSeq = 0;

/** Real Azurite (child process, free loopback ports) + the real ASM emulator + tracking storage, for one test file. */
export async function startTrackingHarness(): Promise<TrackingHarness> {
    const [emu, azurite] = await Promise.all([startEmulator(), startAzurite()]);
    const client = new AsmClient({
        subscriptionId: emu.subscriptionId,
        endpoint: emu.endpoint,
        dispatcher: emu.dispatcher,
        retry: { maxRetries: 0 },
    });
    const storage = createTrackingStorage({ connectionString: azurite.connectionString });
    await storage.ensure();
    const queues = QueueServiceClient.fromConnectionString(azurite.connectionString);
    const pollQueue = queues.getQueueClient(POLL_QUEUE);
    const poisonQueue = queues.getQueueClient(POLL_POISON_QUEUE);
    const eventsQueue = queues.getQueueClient(EVENTS_QUEUE);
    const seen: CompletionEvent[] = [];
    const { maxDequeueCount } = hostQueueSettings();
    const verbose = process.env['TRACKING_TEST_LOG'] === '1';

    const deps = (overrides: Partial<TrackingDeps> = {}): TrackingDeps => ({
        store: storage.store,
        queues: storage.queues,
        getStatus: statusFetcherFor(() => client, { timeoutMs: 5_000, retryBudgetMs: 1_000 }),
        settings: { ...DEFAULT_TRACKING_SETTINGS, callbackSecret: CALLBACK_SECRET, callbackBackoffMs: [50, 100], callbackTimeoutMs: 2_000 },
        now: () => Date.now(),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        ...overrides,
    });
    const driverOptions = (functionName: string) => ({
        maxDequeueCount,
        // host.json says 10 s; tests shorten the retry spacing and the lease of a "crashed" invocation.
        visibilityTimeoutSeconds: 1,
        leaseSeconds: 2,
        functionName,
        ...(verbose ? { log: (line: string) => console.log(line) } : {}),
    });

    return {
        emu,
        azurite,
        client,
        storage,
        pollQueue,
        poisonQueue,
        deps,
        tracker: (overrides) => new OperationTracker(deps(overrides)),
        pollDriver: (d = deps()) => new QueueDriver(pollQueue, poisonQueue, (item, ctx) => handlePollMessage(item, ctx, d), driverOptions('pollOperation')),
        poisonDriver: (d = deps()) =>
            new QueueDriver(poisonQueue, queues.getQueueClient(`${POLL_POISON_QUEUE}-poison`), (item, ctx) => handlePoisonMessage(item, ctx, d), driverOptions('operationPoison')),
        events: async () => {
            for (;;) {
                const { receivedMessageItems } = await eventsQueue.receiveMessages({ numberOfMessages: 32, visibilityTimeout: 30 });
                if (receivedMessageItems.length === 0) return [...seen];
                for (const m of receivedMessageItems) {
                    seen.push(JSON.parse(m.messageText) as CompletionEvent);
                    await eventsQueue.deleteMessage(m.messageId, m.popReceipt);
                }
            }
        },
        startOperation: async (outcome) => {
            emu.state.scriptOperation('createStorageAccount', outcome);
            const name = `track${process.pid % 10_000}n${++accountSeq}`;
            const { requestId } = await client.createStorageAccount({ serviceName: name, label: name, location: 'West US' });
            return requestId;
        },
        close: async () => {
            await client.close();
            await Promise.all([emu.close(), azurite.stop()]);
        },
    };
}
