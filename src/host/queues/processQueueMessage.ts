import type { DequeuedMessageItem, QueueClient } from '@azure/storage-queue';

import type { QueueSettings } from '../config/QueueSettings';
import type { HostFunction } from '../functions/HostFunction';
import type { HostLogger } from '../HostLogger';
import type { InvocationInput } from '../invoke/InvocationInput';
import { decodeQueueMessage } from './decodeQueueMessage';
import { isIgnorableMessageError } from './isIgnorableMessageError';
import { parseQueueItem } from './parseQueueItem';
import { queueTriggerMetadata } from './queueTriggerMetadata';

export interface ProcessQueueMessageOptions {
    readonly fn: HostFunction;
    readonly queue: QueueClient;
    readonly poisonQueue: QueueClient;
    readonly settings: QueueSettings;
    /** How long a received message stays invisible while its invocation runs; renewed at half-time. */
    readonly leaseMs: number;
    readonly invoke: (fn: HostFunction, input: InvocationInput) => Promise<unknown>;
    readonly logger: HostLogger;
}

const seconds = (ms: number): number => Math.max(0, Math.floor(ms / 1000));

async function ignoringGone(action: () => Promise<unknown>): Promise<void> {
    try {
        await action();
    } catch (err) {
        if (!isIgnorableMessageError(err)) throw err;
    }
}

/**
 * One received message through the extension's QueueProcessor: past maxDequeueCount (or undecodable) → poison
 * queue; else invoke with the lease renewed while it runs; success → delete; failure → visible again after
 * visibilityTimeout, or to `<queue>-poison` (original text) once dequeueCount reaches maxDequeueCount.
 */
export async function processQueueMessage(message: DequeuedMessageItem, options: ProcessQueueMessageOptions): Promise<void> {
    const { fn, queue, poisonQueue, settings, logger } = options;
    let popReceipt = message.popReceipt;
    const toPoison = async (why: string): Promise<void> => {
        logger('warning', `${why} Moving message to queue '${poisonQueue.name}'.`, fn.name);
        await poisonQueue.createIfNotExists();
        await poisonQueue.sendMessage(message.messageText);
        await ignoringGone(() => queue.deleteMessage(message.messageId, popReceipt));
    };
    if (message.dequeueCount > settings.maxDequeueCount) {
        await toPoison(`Message has reached MaxDequeueCount of ${settings.maxDequeueCount}.`);
        return;
    }
    const body = decodeQueueMessage(message.messageText, settings.messageEncoding);
    if (body === undefined) {
        await toPoison('Message is not base64-encoded (host.json extensions.queues.messageEncoding is "base64").');
        return;
    }

    let renewing: Promise<void> = Promise.resolve();
    const renewal = setInterval(() => {
        renewing = renewing.then(async () => {
            try {
                const updated = await queue.updateMessage(message.messageId, popReceipt, undefined, seconds(options.leaseMs));
                if (updated.popReceipt) popReceipt = updated.popReceipt;
            } catch (err) {
                logger('warning', `Could not renew the visibility of message '${message.messageId}': ${(err as Error).message}`, fn.name);
            }
        });
    }, Math.max(1000, options.leaseMs / 2));
    let succeeded = false;
    try {
        await options.invoke(fn, {
            trigger: parseQueueItem(body),
            triggerMetadata: queueTriggerMetadata({ ...message, popReceipt }, body, fn.name),
            reason: `New queue message detected on '${queue.name}'.`,
        });
        succeeded = true;
    } catch {
        // invokeFunction logged it; the message's fate is decided below.
    } finally {
        clearInterval(renewal);
        await renewing;
    }
    if (succeeded) {
        await ignoringGone(() => queue.deleteMessage(message.messageId, popReceipt));
    } else if (message.dequeueCount >= settings.maxDequeueCount) {
        await toPoison(`Message has reached MaxDequeueCount of ${settings.maxDequeueCount}.`);
    } else {
        await ignoringGone(() => queue.updateMessage(message.messageId, popReceipt, undefined, seconds(settings.visibilityTimeoutMs)));
    }
}
