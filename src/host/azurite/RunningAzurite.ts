import type { AzuritePorts } from './azuriteConnectionString';

/** An Azurite child process (in-memory, loopback). */
export interface RunningAzurite {
    /** Development account, well-known key, explicit Blob/Queue/Table endpoints. */
    readonly connectionString: string;
    readonly host: string;
    readonly ports: AzuritePorts;
    readonly pid: number;
    /** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited. Idempotent. */
    stop(): Promise<void>;
}
