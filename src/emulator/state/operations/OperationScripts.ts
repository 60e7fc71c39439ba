import type { AsyncOutcome } from '../../EmulatorContract';

/** Scripted outcomes per operation name: a queue of one-shot scripts, then an optional sticky one. */
export class OperationScripts {
    private readonly once = new Map<string, AsyncOutcome[]>();
    private readonly sticky = new Map<string, AsyncOutcome>();

    script(operationName: string, outcome: AsyncOutcome, sticky = false): void {
        if (sticky) {
            this.sticky.set(operationName, outcome);
            return;
        }
        const queue = this.once.get(operationName) ?? [];
        queue.push(outcome);
        this.once.set(operationName, queue);
    }

    /** The outcome for the next call of an operation (consuming a one-shot script), if any. */
    take(operationName: string): AsyncOutcome | undefined {
        const queue = this.once.get(operationName);
        const next = queue?.shift();
        if (queue !== undefined && queue.length === 0) this.once.delete(operationName);
        return next ?? this.sticky.get(operationName);
    }

    clear(): void {
        this.once.clear();
        this.sticky.clear();
    }
}
