import { AsmError } from './AsmError';

export interface OperationTimeoutErrorInit {
    readonly requestId: string;
    /** How long the client waited, in ms. */
    readonly waitedMs: number;
    /** The last status seen (`InProgress`), when a poll succeeded at all. */
    readonly lastStatus?: string;
    readonly operation?: string;
}

/**
 * The deadline passed while an asynchronous operation was still running. The operation itself is NOT cancelled
 * on the ASM side: it may still complete; poll `requestId` again to learn its outcome.
 */
export class OperationTimeoutError extends AsmError {
    override readonly name: string = 'OperationTimeoutError';
    readonly requestId: string;
    readonly waitedMs: number;
    readonly lastStatus: string | undefined;
    readonly operation: string | undefined;

    constructor(init: OperationTimeoutErrorInit) {
        const what = init.operation === undefined ? 'operation' : init.operation;
        const last = init.lastStatus === undefined ? '' : ` (last status ${init.lastStatus})`;
        super('ASM_OPERATION_TIMEOUT', `Gave up waiting for ${what} ${init.requestId} after ${init.waitedMs} ms${last}`);
        this.requestId = init.requestId;
        this.waitedMs = init.waitedMs;
        this.lastStatus = init.lastStatus;
        this.operation = init.operation;
    }
}
