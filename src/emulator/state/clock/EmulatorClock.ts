/**
 * The emulator clock: real time plus an offset, so `setClock` / `advanceClock` move it and it keeps running from
 * there. Time is only read, never scheduled: asynchronous operations settle lazily when the state is next used.
 */
export class EmulatorClock {
    private offsetMs = 0;

    constructor(private readonly realNow: () => number = Date.now) {}

    now(): number {
        return this.realNow() + this.offsetMs;
    }

    set(epochMs: number): void {
        if (!Number.isFinite(epochMs)) throw new RangeError(`setClock needs a finite epoch ms, got ${epochMs}`);
        this.offsetMs = epochMs - this.realNow();
    }

    advance(ms: number): void {
        if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advanceClock needs a non-negative ms, got ${ms}`);
        this.offsetMs += ms;
    }

    reset(): void {
        this.offsetMs = 0;
    }
}
