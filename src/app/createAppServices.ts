import { CertificateBoundClient } from '../certs/CertificateBoundClient';
import type { CertificateLogEvent } from '../certs/CertificateLogEvent';
import type { CertificateSource } from '../certs/CertificateSource';
import { type CertificateSourceDeps, createCertificateSource } from '../certs/createCertificateSource';
import type { AsmClient } from '../client/AsmClient';
import type { AsmClientLogEvent, AsmClientOptions } from '../client/AsmClientOptions';
import type { PollSchedule } from '../client/polling/pollSchedule';
import type { AppConfig } from '../config/AppConfig';
import { loadConfig } from '../config/loadConfig';
import { createLiveOperationStatusReader } from '../facade/status/createLiveOperationStatusReader';
import type { OperationStatusReader } from '../facade/status/OperationStatusReader';
import { createStorageProbe, type StorageProbe } from '../health/createStorageProbe';
import { createAppTracking } from '../tracking/createAppTracking';
import type { OperationTracking } from '../tracking/OperationTracking';
import type { AppServices } from './AppServices';

export interface AppServicesOptions {
    /** The app settings (default `process.env`). */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** Client tuning (attempt timeout, retries, redirects). */
    readonly client?: Partial<Pick<AsmClientOptions, 'timeoutMs' | 'retry' | 'maxRedirects' | 'userAgent'>>;
    /** Certificate source dependencies (a credential for Key Vault, cache timings, clock). */
    readonly certificate?: CertificateSourceDeps;
    /** How `?wait=true` polls (default: the client's schedule). */
    readonly pollSchedule?: PollSchedule;
    readonly now?: () => number;
    /** Replaces the status reader of GET /api/operations/{requestId} (the durable tracker), given the live one. */
    readonly operationStatusReader?: (live: OperationStatusReader) => OperationStatusReader;
    /** Track asynchronous operations in the app's storage account (default true; suites without storage turn it off). */
    readonly trackOperations?: boolean;
    /** Client and certificate events (never material, headers or bodies). */
    readonly log?: (event: AsmClientLogEvent | CertificateLogEvent) => void;
}

/** Builds a value once; a failure is kept and thrown again (settings do not change within an instance). */
function once<T>(build: () => T): () => T {
    let state: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    return () => {
        if (state === undefined) {
            try {
                state = { ok: true, value: build() };
            } catch (error) {
                state = { ok: false, error };
            }
        }
        if (!state.ok) throw state.error;
        return state.value;
    };
}

/**
 * The composition root: configuration (read and validated once) → certificate source → ASM client, plus the
 * operation status reader and the storage probe, each built on first use and kept for the instance's life.
 */
export function createAppServices(options: AppServicesOptions = {}): AppServices {
    const env = options.env ?? process.env;
    const now = options.now ?? Date.now;
    const log = options.log;
    const config = once<AppConfig>(() => loadConfig(env));
    const certificateSource = once<CertificateSource>(() =>
        createCertificateSource(config().certificate, { now, ...(log === undefined ? {} : { log }), ...options.certificate }),
    );
    let built: CertificateBoundClient | undefined;
    const client = once<AsmClient>(() => {
        const c = config();
        built = new CertificateBoundClient({
            subscriptionId: c.subscriptionId,
            endpoint: c.endpoint,
            ...(c.ca === undefined ? {} : { ca: c.ca }),
            source: certificateSource(),
            now,
            ...options.client,
            ...(log === undefined ? {} : { log, certificateLog: log }),
        });
        return built;
    });
    const tracking = once<OperationTracking | undefined>(() => (options.trackOperations === false ? undefined : createAppTracking({ config, client, now }, env)));
    const statusReader = once<OperationStatusReader>(() => {
        const live = createLiveOperationStatusReader(client);
        if (options.operationStatusReader !== undefined) return options.operationStatusReader(live);
        return tracking()?.statusReader(() => config().subscriptionId, live) ?? live;
    });
    const storageProbe = once<StorageProbe>(() => createStorageProbe(config().storage));
    return {
        config,
        certificateSource,
        client,
        operationStatusReader: statusReader,
        operationTracker: tracking,
        storageProbe,
        pollSchedule: options.pollSchedule,
        now,
        close: async () => {
            await built?.close();
        },
    };
}
