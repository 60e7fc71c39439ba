/** Bounds how many tasks run at once in this process; the limit is given per call (the run's policy.concurrency). */
export class ConcurrencyGate {
    #active = 0;
    readonly #waiting: (() => void)[] = [];

    async run<T>(limit: number, task: () => Promise<T>): Promise<T> {
        while (this.#active >= Math.max(1, limit)) await new Promise<void>((resolve) => this.#waiting.push(resolve));
        this.#active++;
        try {
            return await task();
        } finally {
            this.#active--;
            this.#waiting.shift()?.();
        }
    }

    get active(): number {
        return this.#active;
    }
}
