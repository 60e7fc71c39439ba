/** track() was given something it cannot track (bad key characters, a callback URL we will not call). */
export class TrackingInputError extends Error {
    override readonly name = 'TrackingInputError';
    constructor(
        readonly field: string,
        problem: string,
    ) {
        super(`${field} ${problem}`);
    }
}
