import type { Operation } from '../asm/models/operationStatus';
import { operations } from '../asm/operations/catalogue';
import type { OperationSpec } from '../asm/operations/OperationSpec';
import type { AsmClientOptions, CallOptions } from './AsmClientOptions';
import { buildRequest } from './buildRequest';
import { AsmValidationError } from './errors/AsmValidationError';
import { parseResponse } from './parseResponse';
import { waitForOperation, type WaitOptions } from './polling/waitForOperation';
import { type ResolvedClientOptions, resolveClientOptions } from './resolveClientOptions';
import { sendWithRetry } from './retry/sendWithRetry';
import type { AsyncResult } from './types/AsyncResult';
import type { OperationMethods } from './types/OperationMethods';
import type { ParamsOf } from './types/ParamsOf';
import type { ResultOf } from './types/ResultOf';

/** What sendAndWait resolves to: the final Operation in place of `{ requestId }`. */
export type WaitedResultOf<O> = Exclude<ResultOf<O>, AsyncResult> | (AsyncResult extends ResultOf<O> ? Operation : never);

function isAsyncResult(value: unknown): value is AsyncResult {
    return typeof value === 'object' && value !== null && typeof (value as { requestId?: unknown }).requestId === 'string';
}

// Declaration merging: the class below gets one typed method per catalogue operation (installed at the end).
export interface AsmClient extends OperationMethods {}

/**
 * The ASM client: every catalogue operation as a typed method (`client.listHostedServices()`), the generic `send`,
 * and waiting for asynchronous operations. One client per subscription + certificate; close() when done.
 */
export class AsmClient {
    readonly subscriptionId: string;
    readonly endpoint: string;
    readonly #config: ResolvedClientOptions;
    #closed = false;

    constructor(options: AsmClientOptions) {
        this.#config = resolveClientOptions(options);
        this.subscriptionId = this.#config.subscriptionId;
        this.endpoint = this.#config.endpoint;
    }

    /** Sends one operation: validates and builds the request, retries/redirects as allowed, reads the result. */
    async send<O extends OperationSpec>(operation: O, params: ParamsOf<O>, options: CallOptions = {}): Promise<ResultOf<O>> {
        const c = this.#config;
        options.signal?.throwIfAborted();
        if (this.#closed) throw new AsmValidationError('client', 'is closed.', operation.name);
        const request = buildRequest(operation, params, c);
        const response = await sendWithRetry(request, {
            dispatcher: c.dispatcher,
            operation: operation.name,
            timeoutMs: options.timeoutMs ?? c.timeoutMs,
            retry: { ...c.retry, ...options.retry },
            maxRedirects: c.maxRedirects,
            random: c.random,
            sleep: c.sleep,
            now: c.now,
            ...(options.signal === undefined ? {} : { signal: options.signal }),
            ...(c.log === undefined ? {} : { log: c.log }),
        });
        return parseResponse(operation, response) as ResultOf<O>;
    }

    /** Polls `getOperationStatus` until the operation succeeded (its Operation), failed or the deadline passed. */
    waitForOperation(requestId: string, options: WaitOptions<Operation> = {}): Promise<Operation> {
        const c = this.#config;
        return waitForOperation<Operation>(requestId, options, {
            sleep: c.sleep,
            now: c.now,
            getStatus: async (id, call) => {
                const callOptions: CallOptions = {
                    timeoutMs: Math.min(c.timeoutMs, call.remainingMs),
                    retry: { retryBudgetMs: Math.min(c.retry.retryBudgetMs, call.remainingMs) },
                    ...(call.signal === undefined ? {} : { signal: call.signal }),
                };
                return this.send(operations.getOperationStatus, { requestId: id }, callOptions);
            },
        });
    }

    /** send, then, when an asynchronous operation started, waitForOperation for it. */
    async sendAndWait<O extends OperationSpec>(
        operation: O,
        params: ParamsOf<O>,
        options: WaitOptions<Operation> & { readonly call?: CallOptions } = {},
    ): Promise<WaitedResultOf<O>> {
        const { call, ...wait } = options;
        const signal = call?.signal ?? wait.signal;
        const result: unknown = await this.send(operation, params, { ...call, ...(signal === undefined ? {} : { signal }) });
        if (!isAsyncResult(result)) return result as WaitedResultOf<O>;
        return (await this.waitForOperation(result.requestId, { operation: operation.name, ...wait })) as WaitedResultOf<O>;
    }

    /** Closes the Agent the client created for its certificate (not a dispatcher that was passed in). Idempotent. */
    async close(): Promise<void> {
        if (this.#closed) return;
        this.#closed = true;
        if (this.#config.ownsDispatcher) await this.#config.dispatcher.close();
    }
}

for (const [name, spec] of Object.entries(operations) as [string, OperationSpec][]) {
    if (name in AsmClient.prototype) throw new Error(`Catalogue operation ${name} collides with an AsmClient member.`);
    Object.defineProperty(AsmClient.prototype, name, {
        configurable: true,
        writable: true,
        value(this: AsmClient, params?: unknown, options?: CallOptions) {
            return this.send(spec, (params ?? {}) as ParamsOf<OperationSpec>, options);
        },
    });
}

/** Creates a client (same as `new AsmClient(options)`). */
export function createAsmClient(options: AsmClientOptions): AsmClient {
    return new AsmClient(options);
}
