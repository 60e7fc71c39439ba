import { Dispatcher } from 'undici';

/**
 * A dispatcher that forwards to the current one (the Agent of the current certificate) and can be pointed at a
 * new one. Requests already handed to the old one finish there (close the old one: undici waits for them).
 * It never owns more than the current dispatcher; close() closes that one.
 */
export class SwappableDispatcher extends Dispatcher {
    #current: Dispatcher | undefined;
    #closed = false;

    get current(): Dispatcher | undefined {
        return this.#current;
    }

    /** Points new requests at `next`; returns the previous dispatcher (the caller closes it). */
    swap(next: Dispatcher): Dispatcher | undefined {
        if (this.#closed) throw new Error('SwappableDispatcher is closed.');
        const previous = this.#current;
        this.#current = next;
        return previous;
    }

    override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
        const current = this.#current;
        if (this.#closed || current === undefined) {
            throw new Error(this.#closed ? 'SwappableDispatcher is closed.' : 'No certificate is bound yet.');
        }
        return current.dispatch(options, handler);
    }

    override close(callback: () => void): void;
    override close(): Promise<void>;
    override close(callback?: () => void): Promise<void> | void {
        this.#closed = true;
        const done = this.#current === undefined ? Promise.resolve() : this.#current.close();
        if (callback === undefined) return done;
        void done.then(callback, callback);
    }

    override destroy(err: Error | null, callback: () => void): void;
    override destroy(callback: () => void): void;
    override destroy(err: Error | null): Promise<void>;
    override destroy(): Promise<void>;
    override destroy(errOrCallback?: Error | null | (() => void), callback?: () => void): Promise<void> | void {
        this.#closed = true;
        const err = typeof errOrCallback === 'function' ? null : (errOrCallback ?? null);
        const cb = typeof errOrCallback === 'function' ? errOrCallback : callback;
        const done = this.#current === undefined ? Promise.resolve() : this.#current.destroy(err);
        if (cb === undefined) return done;
        void done.then(cb, cb);
    }
}
