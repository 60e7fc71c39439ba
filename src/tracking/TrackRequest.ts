/** What a function tells the tracker when ASM answered 202 to an asynchronous operation. */
export interface TrackRequest {
    readonly subscriptionId: string;
    /** The x-ms-request-id of the 202. */
    readonly requestId: string;
    /** Catalogue name of the operation (`deleteDeployment`). */
    readonly operation: string;
    /** The resource it acts on (`hostedservices/svc/deployments/dep`). */
    readonly target: string;
    /** The caller's correlation id, echoed in the completion event. */
    readonly correlationId?: string;
    /** Where to POST the signed completion event (https; http only on loopback). */
    readonly callbackUrl?: string;
    /** When to give up (absolute); default startedAt + the configured default deadline. */
    readonly deadline?: number | Date;
    /** When the operation started (default now). */
    readonly startedAt?: number | Date;
}
