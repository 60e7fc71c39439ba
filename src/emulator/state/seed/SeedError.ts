/** A seed that does not describe a valid estate; the message names the offending field (`hostedServices[1].name`). */
export class SeedError extends Error {
    override readonly name = 'SeedError';
    constructor(
        readonly field: string,
        problem: string,
    ) {
        super(`Invalid seed: ${field}: ${problem}`);
    }
}
