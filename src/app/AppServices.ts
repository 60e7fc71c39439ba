import type { CertificateSource } from '../certs/CertificateSource';
import type { AsmClient } from '../client/AsmClient';
import type { PollSchedule } from '../client/polling/pollSchedule';
import type { AppConfig } from '../config/AppConfig';
import type { OperationStatusReader } from '../facade/status/OperationStatusReader';
import type { StorageProbe } from '../health/createStorageProbe';
import type { OperationTracking } from '../tracking/OperationTracking';

/**
 * What the functions of one instance share, built lazily on first use and reused by every invocation:
 * configuration → certificate source → ASM client (one mTLS agent per certificate), the operation status reader and
 * the storage probe. Every getter throws the same ConfigError while the settings are invalid; nothing is built at
 * import time.
 */
export interface AppServices {
    config(): AppConfig;
    certificateSource(): CertificateSource;
    /** The ASM client, bound to the certificate source (follows its rotation; see CertificateBoundClient). */
    client(): AsmClient;
    operationStatusReader(): OperationStatusReader;
    /** Durable tracking of asynchronous operations (src/tracking); undefined when turned off (AppServicesOptions). */
    operationTracker(): OperationTracking | undefined;
    storageProbe(): StorageProbe;
    /** How `?wait=true` polls; undefined: the client's schedule. */
    readonly pollSchedule: PollSchedule | undefined;
    now(): number;
    /** Closes the client's agents (instance shutdown, tests). */
    close(): Promise<void>;
}
