import { CertificateError } from '../../certs/errors/CertificateError';
import { CertificateSettingsError } from '../../certs/errors/CertificateSettingsError';
import { AsmHttpError } from '../../client/errors/AsmHttpError';
import { AsmOperationFailedError } from '../../client/errors/AsmOperationFailedError';
import { AsmResponseFormatError } from '../../client/errors/AsmResponseFormatError';
import { AsmTransportError } from '../../client/errors/AsmTransportError';
import { AsmValidationError } from '../../client/errors/AsmValidationError';
import { CertificateRejectedError } from '../../client/errors/CertificateRejectedError';
import { OperationTimeoutError } from '../../client/errors/OperationTimeoutError';
import { ConfigError } from '../../config/ConfigError';
import { ProblemError } from './ProblemError';

/** ASM statuses that pass through the facade unchanged: the caller's request was wrong, or the resource's state. */
const PASS_THROUGH = new Set([400, 404, 409, 429]);

function capitalized(text: string): string {
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function fromHttpError(err: AsmHttpError): ProblemError {
    const requestId = err.requestId === undefined ? {} : { requestId: err.requestId };
    const code = err.asmCode ?? `Http${err.status}`;
    const detail = err.asmMessage ?? err.message;
    if (err instanceof CertificateRejectedError) {
        return new ProblemError({
            kind: 'certificate-rejected',
            code: 'CertificateRejected',
            detail: `ASM answered ${err.status} ${code} to ${err.operation}: it does not accept the function app's management certificate for this subscription. Upload the certificate to the subscription's management certificates, or rotate it.`,
            ...requestId,
        });
    }
    if (PASS_THROUGH.has(err.status)) return new ProblemError({ kind: 'asm-error', status: err.status, code, detail, ...requestId });
    if (err.status === 504) return new ProblemError({ kind: 'asm-timeout', code, detail: `ASM answered 504 to ${err.operation}: ${detail}`, ...requestId });
    if (err.status >= 500) return new ProblemError({ kind: 'asm-unavailable', code, detail: `ASM answered ${err.status} to ${err.operation}: ${detail}`, ...requestId });
    return new ProblemError({ kind: 'bad-gateway', code, detail: `ASM answered ${err.status} to ${err.operation}: ${detail}`, ...requestId });
}

function fromCertificateError(err: CertificateError): ProblemError {
    const requestId = err.requestId === undefined ? {} : { requestId: err.requestId };
    const code = `Certificate${capitalized(err.reason)}`;
    if (err.reason === 'rejected' || err.reason === 'expired' || err.reason === 'notYetValid') {
        return new ProblemError({ kind: 'certificate-rejected', code, detail: err.message, ...requestId });
    }
    return new ProblemError({ kind: 'certificate-unavailable', status: err.transient ? 503 : 502, code, detail: err.message, ...requestId });
}

function fromTransportError(err: AsmTransportError): ProblemError {
    const code = err.errorCode ?? `Transport${capitalized(err.kind)}`;
    switch (err.kind) {
        case 'timeout':
            return new ProblemError({ kind: 'asm-timeout', code, detail: `ASM did not answer ${err.operation} in time.` });
        case 'tls':
            return new ProblemError({
                kind: 'bad-gateway',
                code,
                detail: `The TLS handshake with ASM failed for ${err.operation}: check ASM_ENDPOINT, ASM_CA_FILE and the management certificate.`,
            });
        default:
            return new ProblemError({ kind: 'asm-unavailable', code, detail: `ASM could not be reached for ${err.operation} (${err.kind} failure).` });
    }
}

/** Where a client parameter name lives in the facade's input: `path.x`, `query.x` or `body.x`. */
export type ParamLocator = (name: string) => string;

/**
 * The problem an error thrown while serving a request is answered with:
 * - ASM 400/404/409/429 pass through with ASM's code and x-ms-request-id; 504 → 504; other 5xx → 503; other → 502;
 * - a certificate ASM rejects (403), or an expired one → 502 certificate-rejected; one that cannot be loaded → 502
 *   (503 while the vault is unreachable);
 * - transport: timeout → 504, TLS → 502, connect/reset → 503; an unreadable ASM answer → 502;
 * - a failed asynchronous operation → its own HTTP status when 4xx, else 502;
 * - configuration errors → 500 naming the settings; anything else → 500 internal (undefined is returned so the
 *   caller logs it).
 */
export function errorToProblem(err: unknown, locate: ParamLocator = (name) => name): ProblemError | undefined {
    if (err instanceof ProblemError) return err;
    if (err instanceof ConfigError || err instanceof CertificateSettingsError) {
        return new ProblemError({ kind: 'configuration', code: 'ConfigurationError', detail: err.message });
    }
    if (err instanceof CertificateError) return fromCertificateError(err);
    if (err instanceof AsmHttpError) return fromHttpError(err);
    if (err instanceof AsmTransportError) return fromTransportError(err);
    if (err instanceof AsmOperationFailedError) {
        const status = err.httpStatusCode !== undefined && err.httpStatusCode >= 400 && err.httpStatusCode < 500 ? err.httpStatusCode : 502;
        return new ProblemError({
            kind: 'operation-failed',
            status,
            code: err.asmCode ?? 'OperationFailed',
            detail: err.asmMessage ?? err.message,
            requestId: err.requestId,
        });
    }
    if (err instanceof OperationTimeoutError) {
        return new ProblemError({ kind: 'asm-timeout', code: 'OperationTimeout', detail: err.message, requestId: err.requestId });
    }
    if (err instanceof AsmResponseFormatError) {
        return new ProblemError({
            kind: 'bad-gateway',
            code: 'UnreadableResponse',
            detail: `ASM's answer to ${err.operation} could not be read.`,
            ...(err.requestId === undefined ? {} : { requestId: err.requestId }),
        });
    }
    if (err instanceof AsmValidationError) {
        const issues = err.issues.map((i) => ({ path: locate(i.path), message: i.message }));
        const [first, ...rest] = issues;
        if (first === undefined) return new ProblemError({ kind: 'invalid-request', code: 'InvalidInput', detail: err.message });
        const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
        return new ProblemError({ kind: 'invalid-request', code: 'InvalidInput', detail: `${first.path}: ${first.message}${more}`, errors: [first, ...rest] });
    }
    return undefined;
}
