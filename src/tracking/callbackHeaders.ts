/** Header carrying the signature: `sha256=<hex HMAC-SHA256 of the exact body bytes, keyed with ASM_CALLBACK_SECRET>`. */
export const SIGNATURE_HEADER = 'x-asm-signature';
/** Header carrying the send time of the attempt, Unix seconds (not covered by the signature). */
export const TIMESTAMP_HEADER = 'x-asm-timestamp';
/** Header carrying the event id (`{subscriptionId}/{requestId}`), the same on every attempt: dedupe on it. */
export const EVENT_ID_HEADER = 'x-asm-event-id';
