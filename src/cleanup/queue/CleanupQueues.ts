import type { RunCompletedEvent } from '../run/RunCompletedEvent';
import type { WorkMessage } from './WorkMessage';

/** The queues cleanup writes to: work items (`asm-cleanup-work`) and completion events (`asm-cleanup-events`). */
export interface CleanupQueues {
    ensureQueues(): Promise<void>;
    sendWork(message: WorkMessage): Promise<void>;
    sendEvent(event: RunCompletedEvent): Promise<void>;
}
