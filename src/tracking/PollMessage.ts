/** Why a poll message was sent (logs and tests only; the decision never depends on it). */
export type PollReason = 'track' | 'poll' | 'resend' | 'sweep' | 'awaitClaim' | 'recheck';

/**
 * The body of a message on `asm-operation-polls` (and, after maxDequeueCount failures, `asm-operation-polls-poison`),
 * plain JSON text:
 * `{"v":1,"subscriptionId":"…","requestId":"…","attempt":3,"dueAt":"2026-01-01T00:00:07.000Z","reason":"poll"}`.
 *
 * `attempt` is the record's `attempts` when the message was scheduled: the message is "the poll after `attempt`
 * status calls". A message whose attempt the record has moved past is stale and dropped; that is what makes
 * duplicate, late and out-of-order messages harmless.
 */
export interface PollMessage {
    readonly v: 1;
    readonly subscriptionId: string;
    readonly requestId: string;
    readonly attempt: number;
    /** The nextPollAt this message was scheduled for (ISO). */
    readonly dueAt: string;
    readonly reason: PollReason;
}
