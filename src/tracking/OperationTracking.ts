import type { OperationStatusReader } from '../facade/status/OperationStatusReader';
import { createTrackingStorage, type TrackingStorageTarget } from './createTrackingStorage';
import { listTrackedOperations, type ListTrackedOptions } from './listTrackedOperations';
import { OperationTracker, type TrackResult } from './OperationTracker';
import type { StatusFetcher } from './StatusFetcher';
import { TrackedOperationStatusReader } from './TrackedOperationStatusReader';
import type { TrackedOperationView } from './TrackedOperationView';
import type { TrackingDeps } from './TrackingDeps';
import type { TrackingSettings } from './TrackingSettings';
import type { TrackRequest } from './TrackRequest';

/** Operation tracking as one instance-wide service (built once in the composition root). */
export interface OperationTracking {
    /** The deps of the handlers, once the table and queues exist (created on first use, idempotent). */
    deps(): Promise<TrackingDeps>;
    track(request: TrackRequest): Promise<TrackResult>;
    list(options?: ListTrackedOptions): Promise<TrackedOperationView[]>;
    /** `GET /api/operations/{requestId}` from the table, `fallback` for ids it does not track. */
    statusReader(subscriptionId: () => string, fallback: OperationStatusReader): OperationStatusReader;
}

export interface OperationTrackingOptions {
    readonly storage: TrackingStorageTarget;
    readonly getStatus: StatusFetcher;
    readonly settings: TrackingSettings;
    readonly now?: () => number;
    readonly sleep?: (ms: number) => Promise<void>;
}

export function createOperationTracking(options: OperationTrackingOptions): OperationTracking {
    const storage = createTrackingStorage(options.storage);
    const deps: TrackingDeps = {
        store: storage.store,
        queues: storage.queues,
        getStatus: options.getStatus,
        settings: options.settings,
        now: options.now ?? Date.now,
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    };
    const ready = async (): Promise<TrackingDeps> => {
        await storage.ensure();
        return deps;
    };
    return {
        deps: ready,
        track: async (request) => new OperationTracker(await ready()).track(request),
        list: async (listOptions) => listTrackedOperations((await ready()).store, listOptions),
        statusReader: (subscriptionId, fallback) => new TrackedOperationStatusReader(deps.store, subscriptionId, fallback),
    };
}
