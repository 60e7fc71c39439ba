import type { HttpMethod } from '../../asm/operations/OperationSpec';

/** A request ready to send: what buildRequest makes of an operation spec and its parameters. */
export interface AsmHttpRequest {
    readonly method: HttpMethod;
    /** Scheme, host and port (`https://management.core.windows.net`). */
    readonly origin: string;
    /** Path and query string, already encoded (`/sub/services/hostedservices/svc?comp=media`). */
    readonly path: string;
    readonly headers: Readonly<Record<string, string>>;
    /** XML body, when the operation has one. */
    readonly body?: string;
}
