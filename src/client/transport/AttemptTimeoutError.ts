/** Thrown by exchange when its own timer fired (the caller's signal is rethrown as is). */
export class AttemptTimeoutError extends Error {
    override readonly name = 'AttemptTimeoutError';
    readonly code = 'ASM_ATTEMPT_TIMEOUT';
}
