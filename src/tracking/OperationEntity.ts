/**
 * One row of the `asmoperations` table. PartitionKey = subscription id, RowKey = request id; times are ISO-8601
 * UTC strings (`toISOString()`, fixed width, so OData `lt`/`gt` on them compares chronologically); optional
 * columns are absent rather than null.
 */
export interface OperationEntity {
    readonly partitionKey: string;
    readonly rowKey: string;
    readonly operation: string;
    readonly target: string;
    readonly correlationId?: string;
    readonly callbackUrl?: string;
    readonly status: string;
    readonly startedAt: string;
    readonly deadline: string;
    readonly attempts: number;
    readonly nextPollAt: string;
    readonly lastPolledAt?: string;
    readonly lastStatus?: string;
    readonly pollErrors: number;
    readonly lastErrorCode?: string;
    readonly lastErrorMessage?: string;
    readonly lastErrorHttpStatusCode?: number;
    readonly recoveries: number;
    readonly completedAt?: string;
    readonly resultHttpStatusCode?: number;
    readonly errorCode?: string;
    readonly errorMessage?: string;
    readonly errorHttpStatusCode?: number;
    readonly completion?: string;
    readonly completionClaimedUntil?: string;
    readonly eventSentAt?: string;
    readonly callbackStatus?: string;
    readonly callbackAttempts?: number;
    readonly callbackHttpStatus?: number;
    readonly callbackAt?: string;
    readonly callbackError?: string;
}
