/** Schedules a callback for the event loop's next check phase (setImmediate); replaceable in tests. */
export type DeferToCheckPhase = (callback: () => void) => void;

const setImmediateDefer: DeferToCheckPhase = (callback) => {
    setImmediate(callback);
};

/**
 * Runs jobs — here, handing a completed response to its caller — at most one per event-loop turn after the first:
 * the first job of a turn runs at once, later ones wait and run one per check phase, in order.
 *
 * Why: undici writes a request on a reused keep-alive connection only after the event loop has been through its
 * poll phase once more (its guard against response-queue poisoning, GHSA-35p6-xmwp-9g52), that is in the check
 * phase. When many responses complete in one poll phase and each caller, handed its response at once, parses it
 * and does its own work before sending its next request, all of those requests wait until all of that work is
 * done: concurrent callers fall into step, and each call waits for every other's CPU. Run one per turn, each
 * caller's next request goes out after at most one other response has been processed.
 *
 * A job must not throw (the caller's own errors belong in its promise).
 */
export class TurnQueue {
    readonly #defer: DeferToCheckPhase;
    readonly #waiting: (() => void)[] = [];
    #pumpScheduled = false;
    /** A job ran at once in this turn (cleared in the check phase). */
    #turnTaken = false;

    constructor(defer: DeferToCheckPhase = setImmediateDefer) {
        this.#defer = defer;
    }

    /** Jobs waiting for a later turn. */
    get waiting(): number {
        return this.#waiting.length;
    }

    run(job: () => void): void {
        if (!this.#turnTaken && this.#waiting.length === 0) {
            this.#turnTaken = true;
            this.#defer(this.#endTurn);
            job();
            return;
        }
        this.#waiting.push(job);
        this.#schedulePump();
    }

    readonly #endTurn = (): void => {
        this.#turnTaken = false;
    };

    #schedulePump(): void {
        if (this.#pumpScheduled) return;
        this.#pumpScheduled = true;
        this.#defer(this.#pump);
    }

    readonly #pump = (): void => {
        this.#pumpScheduled = false;
        const job = this.#waiting.shift();
        if (this.#waiting.length > 0) this.#schedulePump();
        job?.();
    };
}
