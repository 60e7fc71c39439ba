import { normalizeRequestId } from '../ids';
import type { AsyncEffects, OperationError, TrackedOperation } from './TrackedOperation';

/** How many settled operations are remembered before the oldest are forgotten. */
const SETTLED_LIMIT = 20_000;

/**
 * The operation log: every mutating request is recorded under its request id. Asynchronous ones stay InProgress,
 * holding their locks, until the emulator clock passes their due time; `settle(now)` then commits (Succeeded) or
 * rolls back (Failed) in due order. Nothing runs on timers.
 */
export class OperationTracker {
    private readonly operations = new Map<string, TrackedOperation>();
    /** The InProgress ones (few), so settling and lock checks do not walk the whole log. */
    private readonly inProgress = new Set<TrackedOperation>();
    private seq = 0;

    private key(subscriptionId: string, requestId: string): string {
        return `${subscriptionId.toLowerCase()}/${normalizeRequestId(requestId)}`;
    }

    find(subscriptionId: string, requestId: string): TrackedOperation | undefined {
        return this.operations.get(this.key(subscriptionId, requestId));
    }

    /** A synchronous request that already finished. */
    recordCompleted(subscriptionId: string, requestId: string, operationName: string, now: number, error?: OperationError): void {
        this.put({
            requestId: normalizeRequestId(requestId),
            subscriptionId,
            operationName,
            startedAt: now,
            dueAt: now,
            seq: this.seq++,
            status: error === undefined ? 'Succeeded' : 'Failed',
            httpStatusCode: error === undefined ? 200 : error.status,
            ...(error === undefined ? {} : { error }),
        });
    }

    /** An asynchronous request now InProgress. */
    start(
        subscriptionId: string,
        requestId: string,
        operationName: string,
        now: number,
        dueAt: number | undefined,
        effects: AsyncEffects,
        failWith?: OperationError,
    ): void {
        this.put({
            requestId: normalizeRequestId(requestId),
            subscriptionId,
            operationName,
            startedAt: now,
            dueAt,
            seq: this.seq++,
            status: 'InProgress',
            effects,
            ...(failWith === undefined ? {} : { failWith }),
        });
    }

    /** The request id of the in-flight operation holding `lock` in a subscription, if any. */
    lockedBy(subscriptionId: string, lock: string): string | undefined {
        const sub = subscriptionId.toLowerCase();
        for (const op of this.inProgress) {
            if (op.subscriptionId.toLowerCase() === sub && op.effects?.locks.includes(lock)) {
                return op.requestId;
            }
        }
        return undefined;
    }

    /** Settles every operation due at or before `now`, oldest due first. */
    settle(now: number): void {
        const due = [...this.inProgress]
            .filter((op) => op.dueAt !== undefined && op.dueAt <= now)
            .sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0) || a.seq - b.seq);
        for (const op of due) this.finish(op);
    }

    /** Forgets a subscription's in-flight operations (its estate was replaced: they no longer apply). */
    forgetInProgress(subscriptionId: string): void {
        const sub = subscriptionId.toLowerCase();
        for (const op of [...this.inProgress]) {
            if (op.subscriptionId.toLowerCase() !== sub) continue;
            this.inProgress.delete(op);
            this.operations.delete(this.key(op.subscriptionId, op.requestId));
        }
    }

    clear(): void {
        this.operations.clear();
        this.inProgress.clear();
    }

    private finish(op: TrackedOperation): void {
        const effects = op.effects;
        delete op.effects;
        this.inProgress.delete(op);
        if (effects === undefined) return;
        if (op.failWith !== undefined) {
            effects.rollback();
            op.status = 'Failed';
            op.httpStatusCode = op.failWith.status;
            op.error = op.failWith;
            return;
        }
        try {
            effects.commit(op.dueAt ?? op.startedAt);
            op.status = 'Succeeded';
            op.httpStatusCode = 200;
        } catch (e) {
            effects.rollback();
            op.status = 'Failed';
            const error = asOperationError(e);
            op.httpStatusCode = error.status;
            op.error = error;
        }
    }

    private put(op: TrackedOperation): void {
        const key = this.key(op.subscriptionId, op.requestId);
        const replaced = this.operations.get(key);
        if (replaced !== undefined) this.inProgress.delete(replaced);
        this.operations.delete(key);
        this.operations.set(key, op);
        if (op.status === 'InProgress') this.inProgress.add(op);
        if (this.operations.size > SETTLED_LIMIT) {
            for (const [k, old] of this.operations) {
                if (this.operations.size <= SETTLED_LIMIT) break;
                if (old.status !== 'InProgress') this.operations.delete(k);
            }
        }
    }
}

function asOperationError(e: unknown): OperationError {
    if (typeof e === 'object' && e !== null && 'status' in e && 'code' in e && 'message' in e) {
        const { status, code, message } = e as { status: unknown; code: unknown; message: unknown };
        if (typeof status === 'number' && typeof code === 'string' && typeof message === 'string') return { status, code, message };
    }
    return { status: 500, code: 'InternalError', message: 'The server encountered an internal error. Please retry the request.' };
}
