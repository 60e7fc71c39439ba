import type { TriggerMetadata } from '@azure/functions';
import { randomUUID } from 'node:crypto';

/** The parts of a received message the trigger metadata describes. */
export interface ReceivedQueueMessage {
    readonly messageId: string;
    readonly popReceipt: string;
    readonly messageText: string;
    readonly dequeueCount: number;
    readonly insertedOn: Date;
    readonly expiresOn: Date;
    readonly nextVisibleOn: Date;
}

/**
 * `context.triggerMetadata` of a queue invocation: the host's binding data (Id, DequeueCount, InsertionTime,
 * ExpirationTime, NextVisibleTime, PopReceipt, QueueTrigger, sys) camel-cased as the library does.
 */
export function queueTriggerMetadata(message: ReceivedQueueMessage, body: string, functionName: string): TriggerMetadata {
    return {
        queueTrigger: body,
        id: message.messageId,
        dequeueCount: message.dequeueCount,
        insertionTime: message.insertedOn.toISOString(),
        expirationTime: message.expiresOn.toISOString(),
        nextVisibleTime: message.nextVisibleOn.toISOString(),
        popReceipt: message.popReceipt,
        sys: { methodName: functionName, utcNow: new Date().toISOString(), randGuid: randomUUID() },
    };
}
