import { AsmError } from './AsmError';

/** A success response whose body could not be read with the operation's response schema (or lacked a request id). */
export class AsmResponseFormatError extends AsmError {
    override readonly name: string = 'AsmResponseFormatError';
    readonly status: number;
    readonly requestId: string | undefined;
    readonly operation: string;

    constructor(init: { status: number; requestId?: string; operation: string; detail: string; cause?: unknown }) {
        super('ASM_RESPONSE_FORMAT', `${init.operation}: unreadable HTTP ${init.status} response: ${init.detail}`, {
            cause: init.cause,
        });
        this.status = init.status;
        this.requestId = init.requestId;
        this.operation = init.operation;
    }
}
