import type { RetryContext } from '@azure/functions';

import type { HostFunction } from '../functions/HostFunction';
import type { HostLogger } from '../HostLogger';
import type { InvocationInput } from '../invoke/InvocationInput';
import { retryDelayMs } from './retryDelayMs';
import type { Schedule } from './Schedule';
import { timerInfo } from './timerInfo';

/** setTimeout's ceiling; longer waits are taken in steps. */
const MAX_TIMEOUT_MS = 2_147_483_647;

export interface TimerTriggerOptions {
    readonly fn: HostFunction;
    readonly schedule: Schedule;
    readonly runOnStartup: boolean;
    readonly invoke: (fn: HostFunction, input: InvocationInput) => Promise<unknown>;
    readonly logger: HostLogger;
    readonly now?: () => number;
}

export interface RunningTimerTrigger {
    /** The next scheduled occurrence (undefined once stopped or when the schedule has none). */
    nextOccurrence(): Date | undefined;
    /** Stops scheduling and waits for a running invocation (and its retries) to finish. */
    stop(): Promise<void>;
}

/**
 * Runs a timer-triggered function on its schedule, never overlapping itself (the next occurrence is computed once
 * an invocation, retries included, has finished): `runOnStartup` first, then each occurrence with `isPastDue` true
 * when the invocation starts after the following occurrence was already due. The function's retry policy
 * (fixedDelay / exponentialBackoff) is applied with `context.retryContext`.
 */
export function startTimerTrigger(options: TimerTriggerOptions): RunningTimerTrigger {
    const now = options.now ?? Date.now;
    const { fn, schedule, logger } = options;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let next: Date | undefined;
    let running: Promise<void> | undefined;
    let last = new Date(now());
    let lastUpdated = last;
    let wake: (() => void) | undefined;

    const sleep = (ms: number): Promise<void> =>
        new Promise((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, Math.min(ms, MAX_TIMEOUT_MS));
        });

    const fire = async (scheduled: Date, reason: string): Promise<void> => {
        const following = schedule.next(scheduled);
        const isPastDue = following !== undefined && now() >= following.getTime();
        const info = timerInfo(isPastDue, last, following, lastUpdated);
        let retryContext: RetryContext | undefined;
        for (let retry = 1; ; retry++) {
            try {
                await options.invoke(fn, { trigger: info, reason, ...(retryContext ? { retryContext } : {}) });
                break;
            } catch (err) {
                const delay = stopped ? undefined : retryDelayMs(fn.retryOptions, retry);
                if (delay === undefined) break;
                const maxRetryCount = (fn.retryOptions as { maxRetryCount?: number }).maxRetryCount ?? 0;
                const e = err instanceof Error ? err : new Error(String(err));
                retryContext = { retryCount: retry, maxRetryCount, exception: { message: e.message, ...(e.stack ? { stackTrace: e.stack } : {}) } };
                logger('information', `Waiting for ${delay}ms before retrying 'Functions.${fn.name}' (retry ${retry}).`);
                await sleep(delay);
                if (stopped) break;
            }
        }
        last = scheduled;
        lastUpdated = new Date(now());
    };

    const loop = async (): Promise<void> => {
        if (options.runOnStartup && !stopped) await fire(new Date(now()), 'Timer fired at startup (runOnStartup)');
        while (!stopped) {
            next = schedule.next(new Date(now()));
            if (next === undefined) return;
            while (!stopped && now() < next.getTime()) await sleep(next.getTime() - now());
            if (stopped) return;
            const scheduled = next;
            await fire(scheduled, `Timer fired at ${new Date(now()).toISOString()}`);
        }
    };

    running = loop().catch((err: unknown) => {
        logger('error', `The timer of 'Functions.${fn.name}' stopped: ${err instanceof Error ? err.message : String(err)}`);
    });

    return {
        nextOccurrence: () => (stopped ? undefined : next),
        stop: async () => {
            stopped = true;
            if (timer) clearTimeout(timer);
            wake?.();
            await running;
        },
    };
}
