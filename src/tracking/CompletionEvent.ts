import type { TerminalStatus, TrackedError } from './TrackedOperation';

/**
 * The message sent to `asm-operation-events` (and POSTed to the callback URL) once per tracked operation, plain
 * JSON. `eventId` is stable (`{subscriptionId}/{requestId}`) and the body is built from the stored record only,
 * so any re-send is byte-identical: consumers may dedupe on eventId.
 */
export interface CompletionEvent {
    readonly type: 'asm.operation.completed';
    readonly eventId: string;
    readonly requestId: string;
    readonly subscriptionId: string;
    readonly operation: string;
    readonly target: string;
    readonly status: TerminalStatus;
    /** null when Succeeded. */
    readonly error: TrackedError | null;
    /** `<HttpStatusCode>` of a Succeeded operation, when ASM gave one. */
    readonly httpStatusCode: number | null;
    /** completedAt − startedAt. */
    readonly durationMs: number;
    readonly correlationId: string | null;
    readonly startedAt: string;
    readonly completedAt: string;
    /** Status calls made. */
    readonly polls: number;
}
