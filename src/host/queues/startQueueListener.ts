import type { QueueClient } from '@azure/storage-queue';

import type { QueueSettings } from '../config/QueueSettings';
import type { HostFunction } from '../functions/HostFunction';
import type { HostLogger } from '../HostLogger';
import type { InvocationInput } from '../invoke/InvocationInput';
import { INITIAL_POLL_BACKOFF, nextPollDelay } from './nextPollDelay';
import { processQueueMessage } from './processQueueMessage';

/** The extension's minimum polling interval and the lease it takes on received messages (renewed at half-time). */
export const MIN_POLLING_INTERVAL_MS = 100;
export const DEFAULT_LEASE_MS = 10 * 60_000;

export interface QueueListenerOptions {
    readonly fn: HostFunction;
    readonly queue: QueueClient;
    readonly poisonQueue: QueueClient;
    readonly settings: QueueSettings;
    readonly invoke: (fn: HostFunction, input: InvocationInput) => Promise<unknown>;
    readonly logger: HostLogger;
    readonly leaseMs?: number;
    readonly random?: () => number;
}

export interface RunningQueueListener {
    /** Polls at once (a message was just added by this host). */
    notify(): void;
    /** Stops polling; waits up to `graceMs` for running invocations to finish and settle their messages. */
    stop(graceMs?: number): Promise<void>;
}

/**
 * A queue trigger's listener, as the WebJobs QueueListener: creates the queue if missing, receives up to batchSize
 * messages at a time, runs them concurrently and fetches again once no more than newBatchThreshold are still
 * running (so at most batchSize + newBatchThreshold at once); when the queue is empty it backs off exponentially
 * from 100 ms up to maxPollingInterval.
 */
export function startQueueListener(options: QueueListenerOptions): RunningQueueListener {
    const { queue, settings, logger, fn } = options;
    const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    const inFlight = new Set<Promise<void>>();
    let stopped = false;
    let wake: (() => void) | undefined;
    let queueReady = false;
    let failing = false;

    const idle = (ms: number): Promise<void> =>
        new Promise((resolve) => {
            const timer = setTimeout(done, ms);
            function done(): void {
                clearTimeout(timer);
                wake = undefined;
                resolve();
            }
            wake = done;
        });

    const loop = async (): Promise<void> => {
        let backoff = INITIAL_POLL_BACKOFF;
        let found = false;
        while (!stopped) {
            while (inFlight.size > settings.newBatchThreshold && !stopped) {
                await Promise.race([...inFlight, new Promise<void>((resolve) => (wake = resolve))]);
            }
            if (stopped) break;
            let received: Awaited<ReturnType<QueueClient['receiveMessages']>>['receivedMessageItems'] | undefined;
            try {
                if (!queueReady) {
                    await queue.createIfNotExists();
                    queueReady = true;
                }
                const response = await queue.receiveMessages({ numberOfMessages: settings.batchSize, visibilityTimeout: Math.max(1, Math.floor(leaseMs / 1000)) });
                received = response.receivedMessageItems;
                if (failing) logger('information', `Polling queue '${queue.name}' works again.`, fn.name);
                failing = false;
            } catch (err) {
                queueReady = false;
                if (!failing && !stopped) logger('warning', `Polling queue '${queue.name}' failed: ${(err as Error).message}`, fn.name);
                failing = true;
            }
            if (stopped) break;
            if (!received || received.length === 0) {
                const next = nextPollDelay(backoff, found, MIN_POLLING_INTERVAL_MS, settings.maxPollingIntervalMs, options.random);
                backoff = next.state;
                found = false;
                await idle(next.delayMs);
                continue;
            }
            found = true;
            for (const message of received) {
                const task: Promise<void> = processQueueMessage(message, { ...options, leaseMs }).catch((err: unknown) => {
                    logger('error', `Settling message '${message.messageId}' of queue '${queue.name}' failed: ${(err as Error).message}`, fn.name);
                });
                inFlight.add(task);
                void task.finally(() => {
                    inFlight.delete(task);
                    if (inFlight.size <= settings.newBatchThreshold) wake?.();
                });
            }
        }
    };
    const running = loop().catch((err: unknown) => {
        logger('error', `The listener of queue '${queue.name}' stopped: ${(err as Error).message}`, fn.name);
    });

    return {
        notify: () => wake?.(),
        stop: async (graceMs = 30_000) => {
            stopped = true;
            wake?.();
            await running;
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([Promise.all(inFlight), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
            clearTimeout(timer);
        },
    };
}
