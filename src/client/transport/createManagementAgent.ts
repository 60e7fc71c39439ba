import { Agent } from 'undici';

import { checkClientCertificate } from './checkClientCertificate';
import type { ClientCertificate } from './ClientCertificate';

export interface ManagementAgentOptions {
    /** Extra CA certificates to trust (the emulator's CA); the system store is used otherwise. */
    readonly ca?: string | Buffer | readonly (string | Buffer)[];
    /**
     * Sockets per origin (default 16: the Functions host runs up to 16 queue messages at once per instance — host.json
     * queues.batchSize — and each may be waiting on ASM; fewer sockets would queue those calls behind each other).
     */
    readonly connections?: number;
    /** Idle keep-alive, ms (default 30 s; ASM's front ends keep connections for about a minute). */
    readonly keepAliveTimeoutMs?: number;
    /** TCP + TLS connect timeout, ms (default 10 s). */
    readonly connectTimeoutMs?: number;
}

/**
 * One undici Agent for one management certificate: mutual TLS on every connection, keep-alive pooling, TLS session
 * resumption. Use it for every call made with that certificate; close it when the certificate is retired.
 * Never installed as the global dispatcher.
 */
export function createManagementAgent(certificate: ClientCertificate, options: ManagementAgentOptions = {}): Agent {
    checkClientCertificate(certificate);
    return new Agent({
        connections: options.connections ?? 16,
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
        keepAliveMaxTimeout: 60_000,
        pipelining: 1,
        allowH2: false,
        connect: {
            cert: certificate.cert,
            key: certificate.key,
            ...(certificate.passphrase === undefined ? {} : { passphrase: certificate.passphrase }),
            ...(options.ca === undefined ? {} : { ca: options.ca as string | Buffer | (string | Buffer)[] }),
            rejectUnauthorized: true,
            maxCachedSessions: 100,
            timeout: options.connectTimeoutMs ?? 10_000,
        },
    });
}
