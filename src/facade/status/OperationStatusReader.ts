import type { OperationStatusView } from '../schemas/operationStatusSchema';

/** The state of an asynchronous operation as a reader knows it (the facade adds `statusUrl`). */
export type OperationState = Omit<OperationStatusView, 'statusUrl'>;

/**
 * Where `GET /api/operations/{requestId}` learns an operation's state. Today: a live getOperationStatus call to ASM
 * (createLiveOperationStatusReader). Later: the durable operation tracker (a table written by the queue poller),
 * which can answer without calling ASM. Throws the client's errors (an unknown id is ASM's 404).
 */
export interface OperationStatusReader {
    read(requestId: string, options?: { readonly signal?: AbortSignal }): Promise<OperationState>;
}
