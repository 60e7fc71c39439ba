import type { OperationState, OperationStatusReader } from '../facade/status/OperationStatusReader';
import type { OperationStore } from './OperationStore';
import type { TrackedOperation } from './TrackedOperation';

/** The request id as tracked (the 32-hex x-ms-request-id) for a dashed GUID or upper-case form. */
function candidates(requestId: string): string[] {
    const compact = requestId.replace(/-/g, '').toLowerCase();
    return compact === requestId ? [requestId] : [requestId, compact];
}

function toState(requestId: string, r: TrackedOperation): OperationState | undefined {
    if (r.status === 'InProgress') return { requestId, status: 'InProgress' };
    if (r.status === 'Succeeded') return { requestId, status: 'Succeeded', ...(r.resultHttpStatusCode === undefined ? {} : { httpStatusCode: r.resultHttpStatusCode }) };
    if (r.status === 'Failed') {
        return {
            requestId,
            status: 'Failed',
            ...(r.error?.httpStatusCode === undefined ? {} : { httpStatusCode: r.error.httpStatusCode }),
            ...(r.error === undefined ? {} : { error: { code: r.error.code, message: r.error.message } }),
        };
    }
    // TimedOut / Poisoned: the tracker stopped following, ASM did not necessarily stop working: ask ASM.
    return undefined;
}

/**
 * `GET /api/operations/{requestId}` from the operations table: InProgress / Succeeded / Failed as the poller last
 * recorded them (at most one poll delay, ≤ 15 s, behind ASM), without calling ASM. Ids it does not track, and
 * records the tracker gave up on (TimedOut, Poisoned), are answered by the `fallback` reader (a live
 * getOperationStatus call) — as is everything while the table cannot be read.
 */
export class TrackedOperationStatusReader implements OperationStatusReader {
    constructor(
        private readonly store: OperationStore,
        private readonly subscriptionId: () => string,
        private readonly fallback: OperationStatusReader,
    ) {}

    async read(requestId: string, options: { readonly signal?: AbortSignal } = {}): Promise<OperationState> {
        const sub = this.subscriptionId();
        try {
            for (const id of candidates(requestId)) {
                const stored = await this.store.get(sub, id);
                if (stored === undefined) continue;
                const state = toState(requestId, stored.record);
                if (state !== undefined) return state;
                break;
            }
        } catch {
            // The table is unreachable (or a row unreadable): ASM still knows; answer from it.
        }
        return this.fallback.read(requestId, options);
    }
}
