/**
 * A mistake in the command line or the settings: nothing was sent, the CLI exits with 2.
 * `helpFor` names the operation whose `--help` the message should point to (`''` for `asm --help`).
 */
export class UsageError extends Error {
    override readonly name: string = 'UsageError';
    readonly helpFor: string | undefined;

    constructor(message: string, helpFor?: string) {
        super(message);
        this.helpFor = helpFor;
    }
}
