import type { Dispatcher } from 'undici';

import { type AsmClientOptions, DEFAULT_ENDPOINT, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, type SleepFn } from './AsmClientOptions';
import { AsmValidationError } from './errors/AsmValidationError';
import { endpointParts } from './request/endpointParts';
import { DEFAULT_RETRY_OPTIONS, type RetryOptions } from './retry/RetryOptions';
import { createManagementAgent } from './transport/createManagementAgent';
import { abortableSleep } from './util/abortableSleep';

/** A client's settled configuration. The certificate itself is not kept: only the Agent made from it. */
export interface ResolvedClientOptions {
    readonly subscriptionId: string;
    readonly endpoint: string;
    /** The endpoint's origin and base path, parsed once. */
    readonly origin: string;
    readonly basePath: string;
    readonly dispatcher: Dispatcher;
    /** The client created the dispatcher and closes it in close(). */
    readonly ownsDispatcher: boolean;
    readonly timeoutMs: number;
    readonly retry: RetryOptions;
    readonly maxRedirects: number;
    readonly userAgent: string;
    readonly log: AsmClientOptions['log'];
    readonly random: () => number;
    readonly sleep: SleepFn;
    readonly now: () => number;
}

const SUBSCRIPTION_ID = /^[0-9A-Za-z-]{1,64}$/;

/** Validates the options, applies defaults and creates the Agent for a certificate. */
export function resolveClientOptions(options: AsmClientOptions): ResolvedClientOptions {
    if (typeof options.subscriptionId !== 'string' || !SUBSCRIPTION_ID.test(options.subscriptionId)) {
        throw new AsmValidationError('subscriptionId', 'must be a subscription id (letters, digits, hyphens).');
    }
    const endpoint = options.endpoint ?? DEFAULT_ENDPOINT;
    let url: URL;
    try {
        url = new URL(endpoint);
    } catch {
        throw new AsmValidationError('endpoint', 'must be an absolute http(s) URL.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AsmValidationError('endpoint', 'must be an http(s) URL.');
    if ((options.dispatcher === undefined) === (options.certificate === undefined)) {
        throw new AsmValidationError('certificate', 'give exactly one of certificate (the client creates its Agent) and dispatcher.');
    }
    const dispatcher = options.dispatcher ?? createManagementAgent(options.certificate!, options.ca === undefined ? {} : { ca: options.ca });
    return {
        subscriptionId: options.subscriptionId,
        endpoint,
        ...endpointParts(url),
        dispatcher,
        ownsDispatcher: options.dispatcher === undefined,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retry: { ...DEFAULT_RETRY_OPTIONS, ...options.retry },
        maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
        userAgent: options.userAgent ?? 'asm-functions/0.1.0',
        log: options.log,
        random: options.random ?? Math.random,
        sleep: options.sleep ?? abortableSleep,
        now: options.now ?? Date.now,
    };
}
