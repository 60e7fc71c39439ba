import { AsmError } from '../client/errors/AsmError';
import { AsmHttpError } from '../client/errors/AsmHttpError';
import { AsmOperationFailedError } from '../client/errors/AsmOperationFailedError';
import { AsmResponseFormatError } from '../client/errors/AsmResponseFormatError';
import { AsmTransportError } from '../client/errors/AsmTransportError';
import { OperationTimeoutError } from '../client/errors/OperationTimeoutError';
import { redactText } from '../client/errors/redactText';

/** What `asm` writes to stderr (as `{ "error": … }`) when ASM, the network or the operation failed. */
export interface ErrorReport {
    /** ASM's own code (`ResourceNotFound`, `ConflictError`) when it gave one, else the client's (`ASM_TRANSPORT_ERROR`). */
    readonly code: string;
    readonly message: string;
    /** HTTP status of the answer, or of the failed asynchronous operation. */
    readonly status?: number;
    /** x-ms-request-id of the answer, or of the asynchronous operation. */
    readonly requestId?: string;
    readonly operation?: string;
    /** The client's error family code (`ASM_HTTP_ERROR`, `ASM_OPERATION_FAILED`, …). */
    readonly kind: string;
    /** For transport errors: `connect`, `tls`, `reset`, `timeout`, `other`, and the Node/undici code. */
    readonly transport?: { readonly kind: string; readonly errorCode?: string };
}

function defined<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The error report of anything thrown while calling ASM; messages are redacted of certificate material. */
export function errorReport(err: unknown, operation: string): ErrorReport {
    if (err instanceof AsmHttpError) {
        return defined({
            code: err.asmCode ?? err.code,
            message: err.asmMessage ?? err.message,
            status: err.status,
            requestId: err.requestId,
            operation: err.operation,
            kind: err.code,
        });
    }
    if (err instanceof AsmOperationFailedError) {
        return defined({
            code: err.asmCode ?? err.code,
            message: err.asmMessage ?? err.message,
            status: err.httpStatusCode,
            requestId: err.requestId,
            operation: err.operation ?? operation,
            kind: err.code,
        });
    }
    if (err instanceof OperationTimeoutError) {
        return defined({ code: err.code, message: err.message, requestId: err.requestId, operation: err.operation ?? operation, kind: err.code });
    }
    if (err instanceof AsmResponseFormatError) {
        return defined({ code: err.code, message: err.message, status: err.status, requestId: err.requestId, operation: err.operation, kind: err.code });
    }
    if (err instanceof AsmTransportError) {
        return defined({
            code: err.code,
            message: err.message,
            operation: err.operation,
            kind: err.code,
            transport: defined({ kind: err.kind, errorCode: err.errorCode }),
        });
    }
    if (err instanceof AsmError) return { code: err.code, message: err.message, operation, kind: err.code };
    const message = err instanceof Error ? err.message : String(err);
    return { code: 'CLI_INTERNAL_ERROR', message: redactText(message), operation, kind: 'CLI_INTERNAL_ERROR' };
}
