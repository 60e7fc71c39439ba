import type { QueueClient } from '@azure/storage-queue';

import { formatPollMessage } from './formatPollMessage';
import type { PollMessage } from './PollMessage';
import type { TrackingQueues } from './TrackingQueues';

/**
 * TrackingQueues on Azure Storage queues. Messages are plain JSON text (host.json `messageEncoding: "none"`);
 * a poll's delay is the message's initial visibility timeout (the durable-timer trick).
 */
export class StorageTrackingQueues implements TrackingQueues {
    constructor(
        private readonly polls: QueueClient,
        private readonly events: QueueClient,
        private readonly poison?: QueueClient,
    ) {}

    /** Creates the poll, poison and events queues when missing (idempotent). */
    async ensureQueues(): Promise<void> {
        await Promise.all([this.polls.createIfNotExists(), this.events.createIfNotExists(), this.poison?.createIfNotExists()]);
    }

    async sendPoll(message: PollMessage, delaySeconds: number): Promise<void> {
        await this.polls.sendMessage(formatPollMessage(message), { visibilityTimeout: Math.max(0, Math.ceil(delaySeconds)) });
    }

    async sendEvent(body: string): Promise<void> {
        await this.events.sendMessage(body);
    }
}
