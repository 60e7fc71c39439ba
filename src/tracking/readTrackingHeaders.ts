import { ProblemError } from '../facade/problems/ProblemError';
import { CALLBACK_URL_HEADER, CORRELATION_ID_HEADER } from './trackingHeaders';
import { TrackingInputError } from './TrackingInputError';
import { validateTrackRequest } from './validateTrackRequest';

export interface TrackingHeaders {
    readonly correlationId?: string;
    readonly callbackUrl?: string;
}

const MAX_CORRELATION_ID = 256;

/**
 * The tracking options a caller gives with an asynchronous call (`x-callback-url`, `x-correlation-id` or
 * `x-ms-client-request-id`), checked BEFORE the operation is started: a callback URL we would not call is a 400
 * problem, not an operation running without its callback.
 */
export function readTrackingHeaders(headers: { get(name: string): string | null }): TrackingHeaders {
    const callbackUrl = headers.get(CALLBACK_URL_HEADER)?.trim() || undefined;
    const correlationId = (headers.get(CORRELATION_ID_HEADER) ?? headers.get('x-ms-client-request-id'))?.trim() || undefined;
    const invalid = (header: string, message: string): ProblemError =>
        new ProblemError({ kind: 'invalid-request', code: 'InvalidInput', detail: `headers.${header}: ${message}`, errors: [{ path: `headers.${header}`, message }] });
    if (correlationId !== undefined && correlationId.length > MAX_CORRELATION_ID) {
        throw invalid(CORRELATION_ID_HEADER, `must be at most ${MAX_CORRELATION_ID} characters`);
    }
    if (callbackUrl !== undefined) {
        try {
            validateTrackRequest({ subscriptionId: 'x', requestId: 'x', operation: 'x', target: 'x', callbackUrl });
        } catch (err) {
            if (err instanceof TrackingInputError) throw invalid(CALLBACK_URL_HEADER, err.message.replace(/^callbackUrl /, ''));
            throw err;
        }
    }
    return { ...(callbackUrl === undefined ? {} : { callbackUrl }), ...(correlationId === undefined ? {} : { correlationId }) };
}
