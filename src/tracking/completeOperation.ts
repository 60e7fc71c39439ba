import { buildCompletionEvent } from './buildCompletionEvent';
import { deliverCallback } from './deliverCallback';
import type { StoredOperation } from './OperationStore';
import type { CallbackOutcome, TrackedOperation } from './TrackedOperation';
import type { TrackingDeps } from './TrackingDeps';
import { updateRecord } from './updateRecord';

/*
 * Completion: the event on `asm-operation-events` and the optional signed callback, EXACTLY ONCE per operation.
 *
 * Why this holds under duplicates, late and out-of-order messages and racing instances:
 *
 * 1. The terminal state is written together with a completion claim, in ONE conditional write: nextState
 *    returns the terminal record with `completion: 'pending'` and `completionClaimedUntil = now + claimMs`, and
 *    the poller writes it with `Replace` + `If-Match: <etag it read>`. Table storage applies at most one write per
 *    ETag, so of any number of pollers that read the InProgress version only one gets a 2xx; every other gets
 *    412, re-reads, sees a terminal record with a live claim (decision `awaitClaim`) and sends nothing.
 * 2. Only the holder of a claim runs this function. A claim is taken either by (1) or, later, by a conditional
 *    write of a new `completionClaimedUntil` on a record whose claim has EXPIRED (decision `complete`); again at
 *    most one such write wins per version. While a claim is live nobody else sends.
 * 3. The holder sends the event, then records `eventSentAt` (and, with no callback, `completion: 'done'`) under the
 *    ETag of its claim write. Any later reader sees `eventSentAt` and never sends the event again; a record with
 *    `completion: 'done'` is dropped by every handler (decision `done`). A duplicate poll message that arrives
 *    while the holder is still working re-schedules itself to look again after the claim expires: by then the
 *    work is recorded and it is dropped.
 *
 * So two events can only come from a holder that was not the only holder, and that requires its claim to have
 * EXPIRED before it recorded `eventSentAt`: i.e. the instance died (or stalled for more than claimMs, 2 min by
 * default) in the few milliseconds between the queue accepting the event and the table accepting `eventSentAt`.
 * That window cannot be closed: a queue send and a table write are not one transaction. We choose to re-send
 * rather than to lose the event (a claim taken by a dead instance is taken over once it expires, by the next poll
 * message, the message the host redelivers, or the sweep), and make that rare re-send harmless: the event is built
 * from the stored record only, so it is byte-identical, with a stable `eventId` (`{subscriptionId}/{requestId}`)
 * consumers can dedupe on (the callback carries it as `x-asm-event-id`).
 * If the event send or one of these writes throws (queue or table unavailable), the holder releases its claim and
 * the message is retried — the same choice: a retry after "queue accepted, table refused" sends the event again.
 * (A failing callback receiver never throws: its outcome is recorded after the bounded retries.)
 *
 * The callback follows the same rule: delivered (or given up on) by the claim holder, outcome recorded once;
 * `eventSentAt` is recorded BEFORE the (slow, retried) callback so a crash during it cannot repeat the event.
 */
export async function completeOperation(stored: StoredOperation, deps: TrackingDeps): Promise<StoredOperation> {
    const { store, queues, settings, now } = deps;
    let current = stored;
    const wantsCallback = (r: TrackedOperation): boolean => r.callbackUrl !== undefined && r.callback === undefined;
    try {
        if (current.record.eventSentAt === undefined) {
            const event = buildCompletionEvent(current.record);
            await queues.sendEvent(JSON.stringify(event));
            const sentAt = now();
            current = await updateRecord(store, current, (r) => {
                if (r.eventSentAt !== undefined) return undefined;
                return { ...r, eventSentAt: sentAt, ...(wantsCallback(r) ? {} : { completion: 'done' as const }) };
            });
        }
        const record = current.record;
        if (record.callbackUrl !== undefined && record.callback === undefined) {
            const event = buildCompletionEvent(record);
            const outcome: CallbackOutcome =
                settings.callbackSecret === undefined || settings.callbackSecret === ''
                    ? { status: 'skipped', attempts: 0, at: now(), error: 'ASM_CALLBACK_SECRET is not configured.' }
                    : await deliverCallback(record.callbackUrl, JSON.stringify(event), event.eventId, {
                          secret: settings.callbackSecret,
                          attempts: settings.callbackAttempts,
                          backoffMs: settings.callbackBackoffMs,
                          timeoutMs: settings.callbackTimeoutMs,
                          sleep: deps.sleep,
                          now,
                          ...(deps.callbackDispatcher === undefined ? {} : { dispatcher: deps.callbackDispatcher }),
                      });
            current = await updateRecord(store, current, (r) => (r.callback !== undefined ? undefined : { ...r, callback: outcome }));
        }
        return await updateRecord(store, current, (r) => (r.completion === 'done' ? undefined : { ...r, completion: 'done' }));
    } catch (err) {
        // Release the claim so the retry (or another instance) can take over at once instead of after claimMs.
        const releasedAt = now();
        await updateRecord(store, current, (r) => (r.completion === 'pending' ? { ...r, completionClaimedUntil: releasedAt } : undefined)).catch(
            () => undefined,
        );
        throw err;
    }
}
