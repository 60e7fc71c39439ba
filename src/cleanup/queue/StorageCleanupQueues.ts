import type { QueueClient } from '@azure/storage-queue';

import type { RunCompletedEvent } from '../run/RunCompletedEvent';
import type { CleanupQueues } from './CleanupQueues';
import type { WorkMessage } from './WorkMessage';

/** Messages are plain JSON text (host.json `messageEncoding: "none"`); parseWorkMessage also reads base64. */
export class StorageCleanupQueues implements CleanupQueues {
    constructor(
        private readonly work: QueueClient,
        private readonly events: QueueClient,
    ) {}

    async ensureQueues(): Promise<void> {
        await Promise.all([this.work.createIfNotExists(), this.events.createIfNotExists()]);
    }

    async sendWork(message: WorkMessage): Promise<void> {
        await this.work.sendMessage(JSON.stringify(message));
    }

    async sendEvent(event: RunCompletedEvent): Promise<void> {
        await this.events.sendMessage(JSON.stringify(event));
    }
}
