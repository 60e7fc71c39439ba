import type { Dispatcher } from 'undici';

import { createManagementAgent, type ManagementAgentOptions } from '../client/transport/createManagementAgent';
import type { CertificateLogEvent } from './CertificateLogEvent';
import type { CertificateSource } from './CertificateSource';
import type { ManagementCertificate } from './ManagementCertificate';
import { SwappableDispatcher } from './SwappableDispatcher';

/** The outcome of a rotation attempt after ASM rejected `used`. */
export interface Rotation {
    /** The certificate now bound (the same as `used` when the source had nothing newer). */
    readonly thumbprint: string;
    readonly rotated: boolean;
}

/** After a refresh found nothing newer than a rejected certificate, further rejections of it skip the refresh this long. */
export const DEFAULT_FUTILE_REFRESH_QUIET_MS = 60_000;

export interface AgentBindingOptions {
    /** Default 60 s: a certificate ASM keeps refusing does not cost a Key Vault read per call. */
    readonly futileRefreshQuietMs?: number;
    readonly now?: () => number;
}

/**
 * Keeps one undici Agent per certificate thumbprint behind a SwappableDispatcher: binds the source's current
 * certificate before each call, builds a new Agent when the thumbprint changes and closes the old one (undici lets
 * its in-flight requests finish first).
 */
export class AgentBinding {
    readonly dispatcher = new SwappableDispatcher();
    readonly #source: CertificateSource;
    readonly #agentOptions: ManagementAgentOptions;
    readonly #log: (event: CertificateLogEvent) => void;
    readonly #retired = new Set<Promise<void>>();
    readonly #quietMs: number;
    readonly #now: () => number;
    #thumbprint: string | undefined;
    #rotation: Promise<string> | undefined;
    /** The last refresh after a rejection that found nothing newer: not repeated for that thumbprint for a while. */
    #futile: { readonly thumbprint: string; readonly at: number } | undefined;
    #closed = false;

    constructor(
        source: CertificateSource,
        agentOptions: ManagementAgentOptions,
        log: (event: CertificateLogEvent) => void,
        options: AgentBindingOptions = {},
    ) {
        this.#source = source;
        this.#agentOptions = agentOptions;
        this.#log = log;
        this.#quietMs = options.futileRefreshQuietMs ?? DEFAULT_FUTILE_REFRESH_QUIET_MS;
        this.#now = options.now ?? Date.now;
    }

    get thumbprint(): string | undefined {
        return this.#thumbprint;
    }

    get closed(): boolean {
        return this.#closed;
    }

    /** Makes sure the source's current certificate is bound; returns its thumbprint. */
    async bindCurrent(): Promise<string> {
        const got = await this.#source.get();
        // Bind what the cache holds now: a get() that resolved before a concurrent refresh must not swap back.
        return this.#bind(this.#source.peek() ?? got);
    }

    /**
     * ASM rejected `used`: refresh the source once (shared by concurrent callers) and bind what it returns.
     * When another caller already rotated away from `used`, just reports the current binding; when a refresh for
     * `used` found nothing newer less than futileRefreshQuietMs ago, reports that without refreshing again.
     */
    async rotate(used: string): Promise<Rotation> {
        if (this.#thumbprint !== undefined && this.#thumbprint !== used) return { thumbprint: this.#thumbprint, rotated: true };
        const futile = this.#futile;
        if (this.#rotation === undefined && futile?.thumbprint === used && this.#now() - futile.at < this.#quietMs) {
            return { thumbprint: used, rotated: false };
        }
        this.#rotation ??= this.#source
            .refresh('certificateRejected')
            .then((cert) => this.#bind(cert))
            .finally(() => {
                this.#rotation = undefined;
            });
        const thumbprint = await this.#rotation;
        if (thumbprint === used) this.#futile = { thumbprint, at: this.#now() };
        return { thumbprint, rotated: thumbprint !== used };
    }

    /** Closes the current Agent and waits for retired ones. */
    async close(): Promise<void> {
        if (this.#closed) return;
        this.#closed = true;
        await this.dispatcher.close();
        await Promise.all(this.#retired);
    }

    #bind(cert: ManagementCertificate): string {
        if (cert.thumbprint === this.#thumbprint || this.#closed) return this.#thumbprint ?? cert.thumbprint;
        const agent = createManagementAgent(cert, this.#agentOptions);
        const previous = this.dispatcher.swap(agent);
        const from = this.#thumbprint;
        this.#thumbprint = cert.thumbprint;
        this.#log({ type: 'agentReplaced', ...(from === undefined ? {} : { from }), to: cert.thumbprint });
        if (previous !== undefined && from !== undefined) this.#retire(previous, from);
        return cert.thumbprint;
    }

    #retire(previous: Dispatcher, thumbprint: string): void {
        const closing = previous.close().then(
            () => this.#log({ type: 'agentClosed', thumbprint }),
            () => undefined,
        );
        this.#retired.add(closing);
        void closing.then(() => this.#retired.delete(closing));
    }
}
