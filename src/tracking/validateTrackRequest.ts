import { isLoopbackHost } from '../certs/isLoopbackHost';
import type { TrackRequest } from './TrackRequest';
import { TrackingInputError } from './TrackingInputError';

// Characters Table storage forbids in PartitionKey/RowKey: / \ # ? and control characters.
const BAD_KEY = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

function checkKey(field: string, value: string): void {
    if (value === '') throw new TrackingInputError(field, 'is empty.');
    if (value.length > 256) throw new TrackingInputError(field, 'is longer than 256 characters.');
    if (BAD_KEY.test(value)) throw new TrackingInputError(field, 'contains a character a table key cannot hold (/ \\ # ? or a control character).');
}

/**
 * Checks a track request (throws TrackingInputError). The callback URL must be absolute https (http is accepted
 * for loopback hosts only, for local runs and tests), without credentials in it.
 */
export function validateTrackRequest(input: TrackRequest): void {
    checkKey('subscriptionId', input.subscriptionId);
    checkKey('requestId', input.requestId);
    if (input.operation === '') throw new TrackingInputError('operation', 'is empty.');
    if (input.callbackUrl !== undefined) {
        let url: URL;
        try {
            url = new URL(input.callbackUrl);
        } catch {
            throw new TrackingInputError('callbackUrl', 'is not an absolute URL.');
        }
        const loopback = isLoopbackHost(url.hostname);
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
            throw new TrackingInputError('callbackUrl', 'must be https (http only for a loopback host).');
        }
        if (url.username !== '' || url.password !== '') throw new TrackingInputError('callbackUrl', 'must not carry credentials.');
    }
}
