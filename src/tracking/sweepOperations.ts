import type { TrackingDeps, TrackingLog } from './TrackingDeps';

export interface SweepReport {
    /** InProgress records whose poll chain was broken and got a new poll message. */
    readonly resentPolls: number;
    /** Terminal records whose completion claim expired unfinished and got a poll message to finish it. */
    readonly resumedCompletions: number;
}

/**
 * The safety net behind the poll chain (a timer, every few minutes). Finds
 * - InProgress records whose nextPollAt is more than staleAfterMs in the past: their poll message is gone (an
 *   instance died between writing the state and sending the successor, or the queue lost it). Each gets
 *   `nextPollAt = now`, `recoveries + 1` under its ETag (a record a poller is writing right now is skipped: its
 *   chain is alive) and then a poll message for its current attempt, visible at once;
 * - terminal records whose completion is still pending with an expired claim: a poll message, which claims and
 *   finishes the completion (the same code path as everywhere else, so still exactly once).
 * A poll message sent to a chain that was in fact alive is a duplicate, which the poller drops as stale.
 */
export async function sweepOperations(deps: TrackingDeps, log: TrackingLog): Promise<SweepReport> {
    const now = deps.now();
    const dueAt = new Date(now).toISOString();
    let resentPolls = 0;
    let resumedCompletions = 0;
    for (const stored of await deps.store.list({ nextPollBefore: now - deps.settings.staleAfterMs })) {
        const { record } = stored;
        const written = await deps.store.replace({ ...record, nextPollAt: now, recoveries: record.recoveries + 1 }, stored.etag);
        if (written === undefined) continue;
        await deps.queues.sendPoll({ v: 1, subscriptionId: record.subscriptionId, requestId: record.requestId, attempt: record.attempts, dueAt, reason: 'sweep' }, 0);
        log.warn(`sweep: re-sent the poll of ${record.subscriptionId}/${record.requestId} (attempt ${record.attempts}, due ${new Date(record.nextPollAt).toISOString()}).`);
        resentPolls++;
    }
    for (const stored of await deps.store.list({ completionClaimExpiredBefore: now })) {
        const { record } = stored;
        await deps.queues.sendPoll({ v: 1, subscriptionId: record.subscriptionId, requestId: record.requestId, attempt: record.attempts, dueAt, reason: 'sweep' }, 0);
        log.warn(`sweep: resumed the unfinished completion of ${record.subscriptionId}/${record.requestId} (${record.status}).`);
        resumedCompletions++;
    }
    return { resentPolls, resumedCompletions };
}
