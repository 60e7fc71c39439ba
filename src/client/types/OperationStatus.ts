/**
 * The fields of ASM's `Operation` document (`GET /{sub}/operations/{requestId}`) the poller reads:
 * `<ID>` (the request id as a GUID), `<Status>` InProgress | Succeeded | Failed, `<HttpStatusCode>`, and
 * `<Error><Code/><Message/></Error>` when it failed.
 */
export interface OperationStatus {
    readonly id?: string;
    readonly status?: string;
    readonly httpStatusCode?: number;
    readonly error?: { readonly code?: string; readonly message?: string };
}
