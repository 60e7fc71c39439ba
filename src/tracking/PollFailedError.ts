/** A status call failed in a way retrying the message may fix (or the poison handler will record). */
export class PollFailedError extends Error {
    override readonly name = 'PollFailedError';
}
