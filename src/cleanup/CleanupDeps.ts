import type { AsmClient } from '../client/AsmClient';
import type { PollSchedule } from '../client/polling/pollSchedule';
import type { CleanupPolicy } from './policy/CleanupPolicy';
import type { CleanupQueues } from './queue/CleanupQueues';
import type { ConcurrencyGate } from './run/ConcurrencyGate';
import type { ItemStore } from './store/ItemStore';
import type { MarkStore } from './store/MarkStore';
import type { RunStore } from './store/RunStore';

/** The ASM calls cleanup makes — and the only ones: it reads hosted services and deletes deployments and services. */
export type CleanupAsm = Pick<AsmClient, 'listHostedServices' | 'getHostedServiceProperties' | 'deleteDeployment' | 'deleteHostedService' | 'waitForOperation'>;

/** The operation tracker (src/tracking), when the app has one: records a started ASM operation and follows it. */
export interface CleanupTracker {
    track(input: {
        readonly subscriptionId: string;
        readonly requestId: string;
        readonly operation: string;
        readonly target: string;
        readonly correlationId?: string;
    }): Promise<unknown>;
}

/** Where cleanup logs (an InvocationContext fits). */
export interface CleanupLog {
    info(...args: unknown[]): void;
    warn(...args: unknown[]): void;
    error(...args: unknown[]): void;
}

export interface CleanupSettings {
    /** A run still active after this long is considered abandoned: a new run may take its lock (default 6 h). */
    readonly staleRunMs: number;
    /** Attempts per deletion (re-check + DELETE) through throttling, conflicts and failed operations (default 8). */
    readonly maxDeleteAttempts: number;
    /** Attempts of a read (listHostedServices, getHostedServiceProperties) beyond the client's own retries (default 6). */
    readonly maxReadAttempts: number;
    /** Backoff between those attempts: base and cap, ms (default 2 s, 60 s). */
    readonly retryBaseMs: number;
    readonly retryMaxMs: number;
    /** How long to wait for one DELETE operation, ms (default 30 min). */
    readonly operationTimeoutMs: number;
    /** host.json maxDequeueCount: on the last delivery a failing work item is recorded as an error (default 5). */
    readonly maxDequeueCount: number;
    /** How often to poll a DELETE's operation status (default: the client's schedule). */
    readonly pollSchedule?: PollSchedule;
}

export const DEFAULT_CLEANUP_SETTINGS: CleanupSettings = {
    staleRunMs: 6 * 3_600_000,
    maxDeleteAttempts: 8,
    maxReadAttempts: 6,
    retryBaseMs: 2_000,
    retryMaxMs: 60_000,
    operationTimeoutMs: 30 * 60_000,
    maxDequeueCount: 5,
};

/** Everything the cleanup engine needs, built once per instance (see createCleanupDeps). */
export interface CleanupDeps {
    readonly subscriptionId: string;
    readonly asm: CleanupAsm;
    readonly runs: RunStore;
    readonly items: ItemStore;
    readonly marks: MarkStore;
    readonly queues: CleanupQueues;
    /** The current policy (CLEANUP_POLICY or CLEANUP_POLICY_BLOB), validated; throws CleanupPolicyError. */
    readonly loadPolicy: () => Promise<CleanupPolicy>;
    readonly tracker?: CleanupTracker;
    /** DELETEs in flight in this instance, at most policy.concurrency. */
    readonly gate: ConcurrencyGate;
    readonly now: () => number;
    readonly sleep: (ms: number) => Promise<void>;
    readonly settings: CleanupSettings;
    /** Test seam for run ids. */
    readonly newRunId?: (now: number) => string;
}
