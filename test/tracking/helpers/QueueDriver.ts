import { randomUUID } from 'node:crypto';

import { InvocationContext } from '@azure/functions';
import type { DequeuedMessageItem, QueueClient } from '@azure/storage-queue';

/** Thrown by test doubles to play "the instance died here": the driver leaves the message to its lease. */
export class SimulatedCrash extends Error {
    override readonly name = 'SimulatedCrash';
}

export type QueueHandler = (queueItem: unknown, context: InvocationContext) => Promise<void>;

export interface QueueDriverOptions {
    /** host.json maxDequeueCount. */
    readonly maxDequeueCount: number;
    /** host.json visibilityTimeout: how long a failed message stays invisible, s. */
    readonly visibilityTimeoutSeconds: number;
    /** The lease taken on receive (how long a crashed invocation's message stays invisible), s. */
    readonly leaseSeconds: number;
    readonly functionName: string;
    /** Log lines of the invocations (default: dropped). */
    readonly log?: (line: string) => void;
}

/**
 * What the Functions host does for a queue trigger, small enough to read in a test: receive a batch under a lease,
 * invoke the handler with a real InvocationContext (triggerMetadata id, dequeueCount, popReceipt, …, the item
 * parsed as JSON as the library does), delete on success, make visible again after visibilityTimeout on failure,
 * move to `<queue>-poison` once dequeueCount reaches maxDequeueCount. A SimulatedCrash settles nothing: the
 * message comes back when its lease ends, as after a dead instance.
 */
export class QueueDriver {
    /** Invocations made, by outcome. */
    readonly stats = { ok: 0, failed: 0, crashed: 0, poisoned: 0 };

    constructor(
        private readonly queue: QueueClient,
        private readonly poison: QueueClient,
        private readonly handler: QueueHandler,
        private readonly options: QueueDriverOptions,
    ) {}

    /** One receive; processes what it got concurrently; returns how many messages it processed. */
    async runOnce(): Promise<number> {
        const { receivedMessageItems } = await this.queue.receiveMessages({ numberOfMessages: 16, visibilityTimeout: this.options.leaseSeconds });
        await Promise.all(receivedMessageItems.map((m) => this.process(m)));
        return receivedMessageItems.length;
    }

    /** Runs until `done()` holds (checked between receives), or throws after `timeoutMs`. */
    async runUntil(done: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        while (!(await done())) {
            if (Date.now() > deadline) throw new Error(`QueueDriver(${this.queue.name}): condition not reached within ${timeoutMs} ms.`);
            if ((await this.runOnce()) === 0) await new Promise((r) => setTimeout(r, 100));
        }
    }

    private async toPoison(message: DequeuedMessageItem): Promise<void> {
        await this.poison.createIfNotExists();
        await this.poison.sendMessage(message.messageText);
        await this.queue.deleteMessage(message.messageId, message.popReceipt);
        this.stats.poisoned++;
    }

    private async process(message: DequeuedMessageItem): Promise<void> {
        if (message.dequeueCount > this.options.maxDequeueCount) return this.toPoison(message);
        let item: unknown;
        try {
            item = JSON.parse(message.messageText) as unknown;
        } catch {
            item = message.messageText;
        }
        const log = this.options.log;
        const context = new InvocationContext({
            invocationId: randomUUID(),
            functionName: this.options.functionName,
            triggerMetadata: {
                queueTrigger: message.messageText,
                id: message.messageId,
                dequeueCount: message.dequeueCount,
                insertionTime: message.insertedOn.toISOString(),
                expirationTime: message.expiresOn.toISOString(),
                nextVisibleTime: message.nextVisibleOn.toISOString(),
                popReceipt: message.popReceipt,
            },
            logHandler: (level, ...args) => log?.(`[${this.options.functionName} ${level}] ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`),
        });
        try {
            await this.handler(item, context);
        } catch (err) {
            if (err instanceof SimulatedCrash || (err as { cause?: unknown }).cause instanceof SimulatedCrash) {
                this.stats.crashed++;
                return;
            }
            this.stats.failed++;
            log?.(`[${this.options.functionName}] failed: ${(err as Error).message}`);
            if (message.dequeueCount >= this.options.maxDequeueCount) return this.toPoison(message);
            await this.queue.updateMessage(message.messageId, message.popReceipt, undefined, this.options.visibilityTimeoutSeconds);
            return;
        }
        this.stats.ok++;
        await this.queue.deleteMessage(message.messageId, message.popReceipt);
    }
}
