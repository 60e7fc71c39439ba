import type { Dispatcher } from 'undici';

import type { OperationStore } from './OperationStore';
import type { StatusFetcher } from './StatusFetcher';
import type { TrackingQueues } from './TrackingQueues';
import type { TrackingSettings } from './TrackingSettings';

/** Everything the tracker, the poller, the poison handler and the sweep need; built once in the composition root. */
export interface TrackingDeps {
    readonly store: OperationStore;
    readonly queues: TrackingQueues;
    readonly getStatus: StatusFetcher;
    readonly settings: TrackingSettings;
    readonly now: () => number;
    readonly sleep: (ms: number) => Promise<void>;
    /** Dispatcher for callback POSTs (default: undici's global one). */
    readonly callbackDispatcher?: Dispatcher;
}

/** Where handlers log: InvocationContext satisfies it. */
export interface TrackingLog {
    info(...args: unknown[]): void;
    warn(...args: unknown[]): void;
    error(...args: unknown[]): void;
}
