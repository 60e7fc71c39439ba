import type { OperationSpec } from '../asm/operations/OperationSpec';
import { AsmClient } from '../client/AsmClient';
import type { AsmClientOptions, CallOptions } from '../client/AsmClientOptions';
import { CertificateRejectedError } from '../client/errors/CertificateRejectedError';
import type { ManagementAgentOptions } from '../client/transport/createManagementAgent';
import type { ParamsOf } from '../client/types/ParamsOf';
import type { ResultOf } from '../client/types/ResultOf';
import { AgentBinding } from './AgentBinding';
import type { CertificateLogEvent } from './CertificateLogEvent';
import type { CertificateSource } from './CertificateSource';
import { CertificateError } from './errors/CertificateError';

export interface CertificateBoundClientOptions extends Omit<AsmClientOptions, 'certificate' | 'dispatcher'> {
    /** Where the management certificate comes from (createCertificateSource). */
    readonly source: CertificateSource;
    /** Agent tuning (sockets, keep-alive, connect timeout); the CA comes from `ca`. */
    readonly agent?: Omit<ManagementAgentOptions, 'ca'>;
    /** Certificate events: agent replaced, certificate rejected (thumbprints only). */
    readonly certificateLog?: (event: CertificateLogEvent) => void;
    /**
     * After a refresh found nothing newer than a rejected certificate, further rejections of that certificate fail
     * without reading the source again for this long (default 60 s).
     */
    readonly futileRefreshQuietMs?: number;
}

/**
 * An AsmClient whose management certificate comes from a CertificateSource and follows its rotation:
 * - every request uses the source's current certificate (one undici Agent per thumbprint; a new thumbprint gets a
 *   new Agent and the old one is closed once its requests finish);
 * - when ASM rejects the certificate (403 ForbiddenError → CertificateRejectedError), the source is refreshed once
 *   and the request retried once with the new certificate. If the source has nothing newer, or ASM rejects the new
 *   one too, the call fails with CertificateError `rejected`. A 403 means ASM did nothing, so repeating the request
 *   is safe, also for mutating operations; retrying per request (not per sendAndWait) never repeats a started one.
 * Every catalogue method, `waitForOperation` and `sendAndWait` go through `send`, so all of them get this.
 */
export class CertificateBoundClient extends AsmClient {
    readonly #binding: AgentBinding;
    readonly #source: CertificateSource;
    readonly #log: (event: CertificateLogEvent) => void;

    constructor(options: CertificateBoundClientOptions) {
        const { source, agent, certificateLog, futileRefreshQuietMs, ...clientOptions } = options;
        const log = certificateLog ?? (() => undefined);
        const binding = new AgentBinding(source, { ...agent, ...(options.ca === undefined ? {} : { ca: options.ca }) }, log, {
            ...(futileRefreshQuietMs === undefined ? {} : { futileRefreshQuietMs }),
            ...(options.now === undefined ? {} : { now: options.now }),
        });
        super({ ...clientOptions, dispatcher: binding.dispatcher });
        this.#binding = binding;
        this.#source = source;
        this.#log = log;
    }

    /** The thumbprint of the certificate in use (undefined before the first call). */
    get thumbprint(): string | undefined {
        return this.#binding.thumbprint;
    }

    override async send<O extends OperationSpec>(operation: O, params: ParamsOf<O>, options: CallOptions = {}): Promise<ResultOf<O>> {
        if (this.#binding.closed) return super.send(operation, params, options);
        const used = await this.#binding.bindCurrent();
        try {
            return await super.send(operation, params, options);
        } catch (err) {
            if (!(err instanceof CertificateRejectedError)) throw err;
            this.#log({ type: 'certificateRejected', thumbprint: used, operation: err.operation, ...(err.requestId === undefined ? {} : { requestId: err.requestId }) });
            const rotation = await this.#rotate(used, err);
            try {
                return await super.send(operation, params, options);
            } catch (retryErr) {
                if (!(retryErr instanceof CertificateRejectedError)) throw retryErr;
                throw this.#rejected(retryErr, rotation.thumbprint, used, 'even after it was refreshed');
            }
        }
    }

    override async close(): Promise<void> {
        await super.close();
        await this.#binding.close();
    }

    async #rotate(used: string, rejection: CertificateRejectedError): Promise<{ thumbprint: string }> {
        let rotation;
        try {
            rotation = await this.#binding.rotate(used);
        } catch (refreshErr) {
            throw new CertificateError({
                reason: 'rejected',
                source: this.#source.description,
                message: `ASM rejected certificate ${used} for subscription ${this.subscriptionId} (${rejection.operation}), and refreshing it failed: ${refreshErr instanceof Error ? refreshErr.message : String(refreshErr)}`,
                thumbprint: used,
                operation: rejection.operation,
                ...(rejection.requestId === undefined ? {} : { requestId: rejection.requestId }),
                cause: refreshErr,
            });
        }
        if (!rotation.rotated) throw this.#rejected(rejection, used, undefined, 'and the source holds no other certificate');
        return rotation;
    }

    #rejected(rejection: CertificateRejectedError, thumbprint: string, previous: string | undefined, how: string): CertificateError {
        const previously = previous === undefined || previous === thumbprint ? '' : ` (it replaced ${previous})`;
        return new CertificateError({
            reason: 'rejected',
            source: this.#source.description,
            message:
                `ASM rejected management certificate ${thumbprint}${previously} for subscription ${this.subscriptionId} ${how} ` +
                `(${rejection.operation}, 403 ${rejection.asmCode ?? 'ForbiddenError'}). Upload it to the subscription's management certificates, or rotate it in the source.`,
            thumbprint,
            ...(previous === undefined || previous === thumbprint ? {} : { previousThumbprint: previous }),
            status: rejection.status,
            operation: rejection.operation,
            ...(rejection.requestId === undefined ? {} : { requestId: rejection.requestId }),
            cause: rejection,
        });
    }
}
