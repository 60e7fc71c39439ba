import type { PollMessage } from './PollMessage';
import type { TrackedOperation } from './TrackedOperation';
import { isTerminal } from './TrackedOperation';

/**
 * What to do with one poll message, given the record as just read:
 * - `poll`: the message is the one the record expects (attempt = record.attempts): call getOperationStatus;
 * - `stale`: the record has moved past it (a duplicate, a late or an out-of-order message): drop it;
 * - `resend`: it is the one just before the expected message AND that successor is overdue by more than the
 *   grace: the previous handler wrote its state but died before sending the successor; send it again now;
 * - `awaitSuccessor`: the one just before the expected message, redelivered before its successor is overdue (a
 *   handler that died before sending it, seen early, or a duplicate): look again once the grace has passed, so a
 *   lost successor is re-sent then and a duplicate finds the chain moved on;
 * - `complete`: terminal with the completion unfinished and nobody holding the claim: claim it and finish;
 * - `awaitClaim`: terminal, unfinished, claimed by someone else: look again once the claim expires;
 * - `done`: terminal and complete: drop it;
 * - `unknown`: no record (never tracked, or deleted): drop it.
 */
export type PollDecision =
    | { readonly kind: 'poll' | 'stale' | 'resend' | 'complete' | 'done' | 'unknown' }
    | { readonly kind: 'awaitClaim' | 'awaitSuccessor'; readonly delaySeconds: number };

export interface DecideOptions {
    /** How overdue the successor of a message must be before that message re-sends it, ms. */
    readonly resendGraceMs: number;
}

/** Pure. */
export function decidePollMessage(record: TrackedOperation | undefined, message: PollMessage, now: number, options: DecideOptions): PollDecision {
    if (record === undefined) return { kind: 'unknown' };
    if (isTerminal(record.status)) {
        if (record.completion !== 'pending') return { kind: 'done' };
        const claimedUntil = record.completionClaimedUntil ?? 0;
        if (claimedUntil <= now) return { kind: 'complete' };
        return { kind: 'awaitClaim', delaySeconds: Math.max(1, Math.ceil((claimedUntil - now) / 1000) + 1) };
    }
    if (message.attempt === record.attempts) return { kind: 'poll' };
    if (message.attempt === record.attempts - 1) {
        const overdueAt = record.nextPollAt + options.resendGraceMs;
        return now >= overdueAt ? { kind: 'resend' } : { kind: 'awaitSuccessor', delaySeconds: Math.max(1, Math.ceil((overdueAt - now) / 1000)) };
    }
    return { kind: 'stale' };
}
