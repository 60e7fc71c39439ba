/**
 * The host's SharedQueueWatcher: output bindings that write to a queue wake that queue's listeners at once instead
 * of leaving them to their polling backoff.
 */
export class QueueNotifier {
    #listeners = new Map<string, Set<() => void>>();

    register(queueName: string, wake: () => void): () => void {
        const key = queueName.toLowerCase();
        const set = this.#listeners.get(key) ?? new Set();
        set.add(wake);
        this.#listeners.set(key, set);
        return () => set.delete(wake);
    }

    notify(queueName: string): void {
        for (const wake of this.#listeners.get(queueName.toLowerCase()) ?? []) wake();
    }
}
