import type { EmulatorStateApi } from '../EmulatorContract';
import type { CertificateRegistry } from './CertificateRegistry';
import type { FaultInjector } from './faults/FaultInjector';
import type { OperationMatcher } from './OperationMatcher';
import type { RequestCounters } from './RequestCounters';

/** Where a line of the emulator's log goes; never given key material. */
export type EmulatorLogger = (line: string) => void;

/** Everything the request handlers share; one per emulator, used by both listeners. */
export interface EmulatorContext {
    readonly state: EmulatorStateApi;
    readonly registry: CertificateRegistry;
    readonly counters: RequestCounters;
    readonly faults: FaultInjector;
    readonly matchOperation: OperationMatcher;
    readonly defaultSubscriptionId: string;
    readonly maxBodyBytes: number;
    readonly servedByRegion: string;
    readonly log: EmulatorLogger;
    /** Base URL of the primary listener, once it listens. */
    endpoint: string | undefined;
    /** Base URL of the second listener (`https://127.0.0.1:PORT`), when there is one. */
    redirectEndpoint: string | undefined;
    /** Pending fault-latency timers, cancelled on close. */
    readonly timers: Set<NodeJS.Timeout>;
    closing: boolean;
}

/** Which listener a request came in on: only the primary one redirects. */
export type ListenerRole = 'primary' | 'redirect';
