import { AsmError } from './AsmError';
import { redactText } from './redactText';

export interface AsmOperationFailedErrorInit {
    /** The x-ms-request-id of the asynchronous operation. */
    readonly requestId: string;
    /** `<Error><Code>` of the Operation body (`BadRequest`, …). */
    readonly asmCode?: string;
    /** `<Error><Message>` of the Operation body. */
    readonly asmMessage?: string;
    /** `<HttpStatusCode>` of the Operation body. */
    readonly httpStatusCode?: number;
    /** Catalogue name of the operation that was started, when known. */
    readonly operation?: string;
}

/** An asynchronous operation reached `Failed`; carries the operation's own error code and message. */
export class AsmOperationFailedError extends AsmError {
    override readonly name: string = 'AsmOperationFailedError';
    readonly requestId: string;
    readonly asmCode: string | undefined;
    readonly asmMessage: string | undefined;
    readonly httpStatusCode: number | undefined;
    readonly operation: string | undefined;

    constructor(init: AsmOperationFailedErrorInit) {
        const what = init.operation === undefined ? 'Asynchronous operation' : `Asynchronous ${init.operation}`;
        const code = init.asmCode === undefined ? '' : ` ${init.asmCode}`;
        const message = init.asmMessage === undefined ? '' : `: ${init.asmMessage}`;
        super('ASM_OPERATION_FAILED', `${what} ${init.requestId} failed${code}${message}`);
        this.requestId = init.requestId;
        this.asmCode = init.asmCode;
        this.asmMessage = init.asmMessage === undefined ? undefined : redactText(init.asmMessage);
        this.httpStatusCode = init.httpStatusCode;
        this.operation = init.operation;
    }
}
