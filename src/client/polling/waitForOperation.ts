import type { SleepFn } from '../AsmClientOptions';
import { AsmOperationFailedError } from '../errors/AsmOperationFailedError';
import { AsmTransportError } from '../errors/AsmTransportError';
import { OperationTimeoutError } from '../errors/OperationTimeoutError';
import type { OperationStatus } from '../types/OperationStatus';
import { DEFAULT_POLL_SCHEDULE, type PollSchedule, pollSchedule } from './pollSchedule';

/** The least time a status poll is started with; below it the deadline has, in effect, passed. */
const MIN_POLL_BUDGET_MS = 50;

/** Default wait of waitForOperation when neither deadline nor timeoutMs is given: 30 minutes. */
export const DEFAULT_WAIT_TIMEOUT_MS = 30 * 60_000;

export interface WaitOptions<S extends OperationStatus = OperationStatus> {
    /** Absolute deadline (epoch ms or Date); wins over timeoutMs. */
    readonly deadline?: number | Date;
    /** Time allowed from now (default 30 min). */
    readonly timeoutMs?: number;
    readonly signal?: AbortSignal;
    /** Called after every successful poll. */
    readonly onPoll?: (status: S, info: { readonly polls: number; readonly elapsedMs: number }) => void;
    /** When the operation started (epoch ms), for a wait resumed later; default now. */
    readonly startedAt?: number;
    readonly schedule?: PollSchedule;
    /** Catalogue name of the operation that was started (for error messages). */
    readonly operation?: string;
}

export interface WaitDeps<S extends OperationStatus> {
    /** One status call; `remainingMs` bounds its retries and timeout. */
    readonly getStatus: (requestId: string, call: { readonly signal?: AbortSignal; readonly remainingMs: number }) => Promise<S>;
    readonly sleep: SleepFn;
    readonly now: () => number;
}

/**
 * Polls an asynchronous operation on pollSchedule until it is Succeeded (returns the Operation model) or Failed
 * (throws AsmOperationFailedError with the operation's own code and message). At the deadline, after a last poll,
 * throws OperationTimeoutError (the ASM operation itself goes on). The caller's signal aborts at once.
 */
export async function waitForOperation<S extends OperationStatus>(requestId: string, options: WaitOptions<S>, deps: WaitDeps<S>): Promise<S> {
    const startedAt = options.startedAt ?? deps.now();
    const waitStart = deps.now();
    const deadline = options.deadline instanceof Date ? options.deadline.getTime() : (options.deadline ?? waitStart + (options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS));
    const signal = options.signal;
    let polls = 0;
    let lastStatus: string | undefined;
    const timeout = (): OperationTimeoutError =>
        new OperationTimeoutError({
            requestId,
            waitedMs: deps.now() - waitStart,
            ...(lastStatus === undefined ? {} : { lastStatus }),
            ...(options.operation === undefined ? {} : { operation: options.operation }),
        });
    for (;;) {
        const remaining = deadline - deps.now();
        if (remaining <= 0) throw timeout();
        const delay = pollSchedule(deps.now() - startedAt, polls, options.schedule ?? DEFAULT_POLL_SCHEDULE);
        await deps.sleep(Math.min(delay, remaining), signal);
        // A poll with (almost) no time left cannot be answered and would only be aborted (or retried): wait out the
        // deadline instead and end as the timeout it is.
        if (deadline - deps.now() < MIN_POLL_BUDGET_MS) {
            // Timers may fire a millisecond before the wall clock agrees: sleep until it does.
            for (let left = deadline - deps.now(); left > 0; left = deadline - deps.now()) await deps.sleep(left, signal);
            throw timeout();
        }
        let status: S;
        try {
            status = await deps.getStatus(requestId, { remainingMs: Math.max(1, deadline - deps.now()), ...(signal === undefined ? {} : { signal }) });
        } catch (err) {
            if (err instanceof AsmTransportError && err.kind === 'timeout' && deps.now() >= deadline) throw timeout();
            throw err;
        }
        polls++;
        lastStatus = status.status;
        options.onPoll?.(status, { polls, elapsedMs: deps.now() - startedAt });
        if (status.status === 'Succeeded') return status;
        if (status.status === 'Failed') {
            throw new AsmOperationFailedError({
                requestId,
                ...(status.error?.code === undefined ? {} : { asmCode: status.error.code }),
                ...(status.error?.message === undefined ? {} : { asmMessage: status.error.message }),
                ...(status.httpStatusCode === undefined ? {} : { httpStatusCode: status.httpStatusCode }),
                ...(options.operation === undefined ? {} : { operation: options.operation }),
            });
        }
    }
}
