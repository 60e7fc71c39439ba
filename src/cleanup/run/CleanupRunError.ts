/**
 * A run cannot be started or applied: `active-run` (another run holds the lock; 409), `not-found` (404),
 * `not-applicable` (the run is not a completed, unapplied dry-run plan; 409).
 */
export class CleanupRunError extends Error {
    override readonly name = 'CleanupRunError';

    constructor(
        readonly kind: 'active-run' | 'not-found' | 'not-applicable',
        message: string,
        readonly runId?: string,
    ) {
        super(message);
    }
}
