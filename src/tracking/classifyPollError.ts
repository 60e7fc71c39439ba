import { AsmHttpError } from '../client/errors/AsmHttpError';
import { AsmResponseFormatError } from '../client/errors/AsmResponseFormatError';
import { AsmTransportError } from '../client/errors/AsmTransportError';
import type { TrackedError } from './TrackedOperation';

/**
 * How a failed getOperationStatus call (after the client's own retries) is handled:
 * - `transient` (5xx, 408, 429, network, timeout, an unreadable reply): recorded and simply rescheduled with the
 *   next backoff delay; the deadline bounds how long that can go on;
 * - `permanent` (403 certificate rejected, 400 unknown request id, TLS failure, anything not from the client):
 *   thrown, so the host retries the message and, after maxDequeueCount, the poison handler marks the record.
 */
export function classifyPollError(err: unknown): { readonly kind: 'transient' | 'permanent'; readonly error: TrackedError } {
    if (err instanceof AsmHttpError) {
        const transient = err.status === 408 || err.status === 429 || err.status >= 500;
        return {
            kind: transient ? 'transient' : 'permanent',
            error: { code: err.asmCode ?? `Http${err.status}`, message: err.message, httpStatusCode: err.status },
        };
    }
    if (err instanceof AsmTransportError) {
        return { kind: err.kind === 'tls' ? 'permanent' : 'transient', error: { code: `Transport_${err.kind}`, message: err.message } };
    }
    if (err instanceof AsmResponseFormatError) {
        return { kind: 'transient', error: { code: 'ResponseFormat', message: err.message } };
    }
    const message = err instanceof Error ? err.message : String(err);
    const code = err instanceof Error ? err.name : 'Error';
    return { kind: 'permanent', error: { code, message } };
}
