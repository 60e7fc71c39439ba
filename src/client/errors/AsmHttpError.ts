import { isExclusiveAccessConflict } from '../retry/isExclusiveAccessConflict';
import { AsmError, type AsmErrorCode } from './AsmError';
import { redactText } from './redactText';

export interface AsmHttpErrorInit {
    /** HTTP status of the final response. */
    readonly status: number;
    /** `<Error><Code>` of the body (`ResourceNotFound`, `ConflictError`, …), when the body had one. */
    readonly asmCode?: string;
    /** `<Error><Message>` of the body. */
    readonly asmMessage?: string;
    /** `x-ms-request-id` of the response. */
    readonly requestId?: string;
    /** Catalogue name of the operation (`deleteDeployment`). */
    readonly operation: string;
}

/** ASM answered with a status the operation does not define as success. */
export class AsmHttpError extends AsmError {
    override readonly name: string = 'AsmHttpError';
    readonly status: number;
    readonly asmCode: string | undefined;
    readonly asmMessage: string | undefined;
    readonly requestId: string | undefined;
    readonly operation: string;

    constructor(init: AsmHttpErrorInit, code: AsmErrorCode = 'ASM_HTTP_ERROR') {
        const what = init.asmCode === undefined ? `HTTP ${init.status}` : `HTTP ${init.status} ${init.asmCode}`;
        const detail = init.asmMessage === undefined ? '' : `: ${init.asmMessage}`;
        const id = init.requestId === undefined ? '' : ` (x-ms-request-id ${init.requestId})`;
        super(code, `${init.operation} failed with ${what}${detail}${id}`);
        this.status = init.status;
        this.asmCode = init.asmCode;
        this.asmMessage = init.asmMessage === undefined ? undefined : redactText(init.asmMessage);
        this.requestId = init.requestId;
        this.operation = init.operation;
    }

    /** 404: the resource does not exist (ASM code `ResourceNotFound`). */
    get isNotFound(): boolean {
        return this.status === 404;
    }

    /** 409: conflicting state (`ConflictError`): already exists, or another operation holds the resource. */
    get isConflict(): boolean {
        return this.status === 409;
    }

    /** 409 because another operation on the deployment holds exclusive access (retryable after it finishes). */
    get isExclusiveAccessConflict(): boolean {
        return isExclusiveAccessConflict(this.status, this.asmCode, this.asmMessage);
    }

    /**
     * The x-ms-request-id of the operation holding exclusive access, as ASM names it in the 409 message
     * ("…an operation with x-ms-requestid ffc2…048b on this deployment…"): waitForOperation on it, then retry.
     */
    get exclusiveAccessHolder(): string | undefined {
        if (!this.isExclusiveAccessConflict) return undefined;
        return /x-ms-requestid\s+([0-9a-f]{32}|[0-9a-f-]{36})/i.exec(this.asmMessage ?? '')?.[1];
    }

    /** 429: throttled. */
    get isThrottled(): boolean {
        return this.status === 429;
    }
}
