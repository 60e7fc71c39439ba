import type { OperationSpec } from '../../asm/operations/OperationSpec';
import {
    AsmEmulatorError,
    type AsyncOutcome,
    type EmulatorRequest,
    type EmulatorResponse,
    type EmulatorStateApi,
} from '../EmulatorContract';
import { internalError } from './asmErrors';
import { EmulatorClock } from './clock/EmulatorClock';
import { type HandlerContext, isMutation } from './handlers/Handler';
import { handlerFor } from './handlers/registry';
import { OperationScripts } from './operations/OperationScripts';
import { OperationTracker } from './operations/OperationTracker';
import type { OperationError } from './operations/TrackedOperation';
import { estateFromSeed } from './seed/estateFromSeed';
import { validateSeed } from './seed/validateSeed';
import { EstateStore } from './store/EstateStore';

/**
 * The emulator's state: per-subscription estates, the operation log and the clock, behind `handle()`.
 *
 * Asynchronous calls answer 202 at once and are tracked under the request id. Their transitional state (Creating,
 * Deleting, Deploying, …) is visible immediately; the final state is applied when the operation settles, which
 * happens lazily at the start of the next `handle()`/`snapshot()` once the emulator clock has passed its due time
 * (default duration 0: settled by the very next call). A failed operation rolls its transitional state back, so the
 * estate is exactly as before the call. See src/emulator/state/README.md.
 */
export class EmulatorState implements EmulatorStateApi {
    private readonly clock: EmulatorClock;
    private readonly store = new EstateStore();
    private readonly tracker = new OperationTracker();
    private readonly scripts = new OperationScripts();
    private defaultDurationMs = 0;

    constructor(options: { readonly realNow?: () => number; readonly defaultOperationDurationMs?: number } = {}) {
        this.clock = new EmulatorClock(options.realNow);
        if (options.defaultOperationDurationMs !== undefined) this.setDefaultOperationDuration(options.defaultOperationDurationMs);
    }

    handle(request: EmulatorRequest): EmulatorResponse {
        const now = this.clock.now();
        this.tracker.settle(now);
        const spec = request.operation;
        const mutating = spec.method !== 'GET';
        const asynchronous = isAsynchronous(spec, request.query);
        const ctx: HandlerContext = {
            request,
            subscriptionId: request.subscriptionId,
            estate: this.store.estate(request.subscriptionId),
            now,
            asynchronous,
            lockedBy: (lock) => this.tracker.lockedBy(request.subscriptionId, lock),
            findOperation: (requestId) => this.tracker.find(request.subscriptionId, requestId),
        };
        try {
            const result = handlerFor(spec.name)(ctx);
            if (!isMutation(result)) {
                if (mutating) this.tracker.recordCompleted(request.subscriptionId, request.requestId, spec.name, now);
                return result;
            }
            // Taken only once the call is valid: a refused call does not use up a scripted outcome.
            const script = this.scripts.take(spec.name);
            if (asynchronous) {
                result.begin?.();
                const dueAt = script?.outcome === 'never' ? undefined : now + (script?.durationMs ?? this.defaultDurationMs);
                const failWith = script?.outcome === 'fail' ? scriptedError(script) : undefined;
                this.tracker.start(
                    request.subscriptionId,
                    request.requestId,
                    spec.name,
                    now,
                    dueAt,
                    { locks: result.locks ?? [], commit: (at) => void result.commit(at), rollback: result.rollback ?? (() => undefined) },
                    failWith,
                );
                return { status: 202, ...(result.headers === undefined ? {} : { headers: result.headers }) };
            }
            if (script?.outcome === 'fail') {
                const e = scriptedError(script);
                throw new AsmEmulatorError(e.status, e.code, e.message);
            }
            result.begin?.();
            const response = result.commit(now) ?? { status: spec.statuses[0] ?? 200 };
            this.tracker.recordCompleted(request.subscriptionId, request.requestId, spec.name, now);
            const headers = { ...result.headers, ...response.headers };
            return Object.keys(headers).length === 0 ? response : { ...response, headers };
        } catch (e) {
            if (mutating && e instanceof AsmEmulatorError) {
                this.tracker.recordCompleted(request.subscriptionId, request.requestId, spec.name, now, {
                    status: e.status,
                    code: e.code,
                    message: e.message,
                });
            }
            throw e;
        }
    }

    /** Replaces the subscription's estate; its in-flight operations are forgotten (they no longer apply). */
    loadSeed(subscriptionId: string, seed: unknown): void {
        const estate = estateFromSeed(subscriptionId, validateSeed(seed), this.clock.now());
        this.tracker.settle(this.clock.now());
        this.tracker.forgetInProgress(subscriptionId);
        this.store.replace(subscriptionId, estate);
    }

    reset(): void {
        this.store.clear();
        this.tracker.clear();
        this.scripts.clear();
    }

    now(): number {
        return this.clock.now();
    }

    setClock(epochMs: number): void {
        this.clock.set(epochMs);
    }

    advanceClock(ms: number): void {
        this.clock.advance(ms);
    }

    scriptOperation(operationName: string, outcome: AsyncOutcome, sticky = false): void {
        this.scripts.script(operationName, outcome, sticky);
    }

    setDefaultOperationDuration(ms: number): void {
        if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`The default operation duration must be a non-negative ms, got ${ms}`);
        this.defaultDurationMs = ms;
    }

    snapshot(subscriptionId: string): unknown {
        this.tracker.settle(this.clock.now());
        return this.store.snapshot(subscriptionId);
    }
}

function isAsynchronous(spec: OperationSpec, query: EmulatorRequest['query']): boolean {
    if (typeof spec.async === 'boolean') return spec.async;
    const flag = spec.async.slice('whenFlag:'.length);
    return query[flag] === true;
}

function scriptedError(outcome: AsyncOutcome): OperationError {
    if (outcome.error !== undefined) return outcome.error;
    const e = internalError();
    return { status: e.status, code: e.code, message: e.message };
}
