import { matchOperation } from '../../asm/operations/matchOperation';
import type { ClientCertificate } from '../certs/KeyAndCertificate';
import { type CertificatePaths, loadOrCreateCertificates } from '../certs/loadOrCreateCertificates';
import { mintClientCertificate } from '../certs/mintClientCertificate';
import type { EmulatorStateApi } from '../EmulatorContract';
import { EmulatorState } from '../state/EmulatorState';
import { isLoopbackAddress } from './admin/isLoopbackAddress';
import { CertificateRegistry } from './CertificateRegistry';
import type { EmulatorContext, EmulatorLogger } from './EmulatorContext';
import { createListener, type Listener } from './createListener';
import { configureFaults } from './faults/configureFaults';
import type { FaultConfig } from './faults/FaultConfig';
import { FaultInjector } from './faults/FaultInjector';
import type { OperationMatcher } from './OperationMatcher';
import { type CountersSnapshot, RequestCounters, type TlsConnectionCounts } from './RequestCounters';
import { DEFAULT_SERVED_BY_REGION } from './sendAsmResponse';
import { subscriptionIdFor } from './subscriptionIdFor';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_FAULT_SEED = 1;

export interface EmulatorOptions {
    /** Port of the main listener; 0 (default) picks a free one. */
    readonly port?: number;
    /** Loopback address to bind (default `127.0.0.1`; `::1` and `localhost` also accepted, nothing else). */
    readonly host?: string;
    /** Where certificates (and the default subscription id) persist across starts; in memory when absent. */
    readonly stateDir?: string;
    /** The default subscription, for which the management certificate is registered; a GUID when absent. */
    readonly subscriptionId?: string;
    /** A seed estate (see src/emulator/state/seed.ts) loaded into the default subscription at start. */
    readonly seed?: unknown;
    /** Seed of the fault-injection PRNG (default 1); a fault configuration may set its own. */
    readonly faultSeed?: number;
    /** The state behind the transport; default a new `EmulatorState`. */
    readonly state?: EmulatorStateApi;
    /** Largest request body accepted, bytes (default 1 MiB); enforced while the body streams in. */
    readonly maxBodyBytes?: number;
    /** Start a second HTTPS listener (same state) that injected 307 redirects point to. */
    readonly redirectListener?: boolean;
    /** Port of the second listener (default 0: a free one). */
    readonly redirectPort?: number;
    /** `x-ms-servedbyregion` answered (default `ussouth3`, as recorded). */
    readonly servedByRegion?: string;
    /** Internal-error log lines (default: stderr). Never given key material. */
    readonly log?: EmulatorLogger;
    /** The operation matcher (default: the catalogue's `matchOperation`). */
    readonly matchOperation?: OperationMatcher;
}

/** Fault injection, in process (the admin surface's POST/DELETE /_admin/faults). */
export interface FaultControl {
    /** Validates and applies a configuration (restarting the PRNG); throws on an invalid one. */
    set(config: FaultConfig): void;
    clear(): void;
    get(): FaultConfig;
}

export interface RunningEmulator {
    /** `https://127.0.0.1:PORT`: the ASM base URL (`management.core.windows.net` stand-in). */
    readonly endpoint: string;
    readonly port: number;
    /** The second listener, when started. */
    readonly redirectEndpoint?: string;
    readonly subscriptionId: string;
    /** The CA certificate (PEM) that signed the server certificate: what clients must trust. */
    readonly ca: string;
    /** The management certificate registered for `subscriptionId`. */
    readonly clientCertificate: ClientCertificate;
    /** Files in the state directory, when one was given. */
    readonly paths?: CertificatePaths;
    readonly state: EmulatorStateApi;
    readonly faults: FaultControl;
    counters(): CountersSnapshot;
    /** TLS connections the listeners accepted (since start or the last counter reset): connection reuse, measured. */
    tlsConnections(): TlsConnectionCounts;
    resetCounters(): void;
    /** Lets a certificate (PEM or thumbprint) call a subscription (created on first use); returns the thumbprint. */
    registerCertificate(subscriptionId: string, pemOrThumbprint: string): string;
    /** Stops a certificate (PEM or thumbprint) from calling a subscription; true if it could. */
    unregisterCertificate(subscriptionId: string, pemOrThumbprint: string): boolean;
    /** A new client certificate from the emulator's CA, registered nowhere. */
    mintClientCertificate(): Promise<ClientCertificate>;
    close(): Promise<void>;
}

function checkLoopback(host: string): void {
    if (host !== 'localhost' && !isLoopbackAddress(host)) {
        throw new Error(`The emulator binds loopback addresses only (127.0.0.1, ::1, localhost), not '${host}'.`);
    }
}

/** Starts the ASM emulator: HTTPS with client certificates, catalogue routing, fault injection, admin surface. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
    const host = options.host ?? '127.0.0.1';
    checkLoopback(host);
    const certs = await loadOrCreateCertificates(options.stateDir);
    const subscriptionId = subscriptionIdFor(options.subscriptionId, certs.paths?.dir);
    const state = options.state ?? new EmulatorState();
    const registry = new CertificateRegistry();
    registry.register(subscriptionId, certs.management.thumbprint);
    if (options.seed !== undefined) state.loadSeed(subscriptionId, options.seed);

    const ctx: EmulatorContext = {
        state,
        registry,
        counters: new RequestCounters(),
        faults: new FaultInjector(options.faultSeed ?? DEFAULT_FAULT_SEED),
        matchOperation: options.matchOperation ?? matchOperation,
        defaultSubscriptionId: subscriptionId,
        maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        servedByRegion: options.servedByRegion ?? DEFAULT_SERVED_BY_REGION,
        log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
        endpoint: undefined,
        redirectEndpoint: undefined,
        timers: new Set(),
        closing: false,
    };
    const primary = await createListener(ctx, 'primary', certs.server, host, options.port ?? 0);
    ctx.endpoint = primary.endpoint;
    const listeners: Listener[] = [primary];
    if (options.redirectListener) {
        try {
            const second = await createListener(ctx, 'redirect', certs.server, host, options.redirectPort ?? 0);
            listeners.push(second);
            ctx.redirectEndpoint = second.endpoint;
        } catch (err) {
            await primary.close();
            throw err;
        }
    }

    let closed: Promise<void> | undefined;
    return {
        endpoint: primary.endpoint,
        port: primary.port,
        ...(ctx.redirectEndpoint !== undefined ? { redirectEndpoint: ctx.redirectEndpoint } : {}),
        subscriptionId,
        ca: certs.ca.certPem,
        clientCertificate: certs.management,
        ...(certs.paths ? { paths: certs.paths } : {}),
        state,
        faults: {
            set: (config) => void configureFaults(ctx, config),
            clear: () => ctx.faults.clear(),
            get: () => ctx.faults.get(),
        },
        counters: () => ctx.counters.snapshot(),
        tlsConnections: () => ctx.counters.tlsSnapshot(),
        resetCounters: () => ctx.counters.reset(),
        registerCertificate: (sub, pemOrThumbprint) => registry.register(sub.toLowerCase(), pemOrThumbprint),
        unregisterCertificate: (sub, pemOrThumbprint) => registry.unregister(sub, pemOrThumbprint),
        mintClientCertificate: () => mintClientCertificate(certs.ca),
        close: () => {
            closed ??= (async () => {
                ctx.closing = true;
                for (const timer of ctx.timers) clearTimeout(timer);
                ctx.timers.clear();
                await Promise.all(listeners.map((l) => l.close()));
            })();
            return closed;
        },
    };
}
