import type { PollMessage } from './PollMessage';

/** The queue text of a poll message (plain JSON). */
export function formatPollMessage(message: PollMessage): string {
    return JSON.stringify(message);
}
