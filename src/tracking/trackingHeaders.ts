/** Request header naming the caller's callback URL for the completion of an asynchronous operation. */
export const CALLBACK_URL_HEADER = 'x-callback-url';
/** Request header with the caller's correlation id, echoed in the completion event (`x-ms-client-request-id` also works). */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
