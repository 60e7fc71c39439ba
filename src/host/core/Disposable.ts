/** The worker's `Disposable` (exported by `@azure/functions-core`): runs its callback once. */
export class Disposable {
    static from(...items: { dispose(): unknown }[]): Disposable {
        return new Disposable(() => {
            for (const item of items) item.dispose();
        });
    }

    #callOnDispose: (() => unknown) | undefined;

    constructor(callOnDispose: () => unknown) {
        this.#callOnDispose = callOnDispose;
    }

    dispose(): unknown {
        const call = this.#callOnDispose;
        this.#callOnDispose = undefined;
        return call?.();
    }
}
