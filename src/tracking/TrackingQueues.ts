import type { PollMessage } from './PollMessage';

/** The queues the tracker writes to. */
export interface TrackingQueues {
    /** Sends a poll message that becomes visible after `delaySeconds` (0 = at once). */
    sendPoll(message: PollMessage, delaySeconds: number): Promise<void>;
    /** Sends one completion event (the exact JSON text). */
    sendEvent(body: string): Promise<void>;
}
