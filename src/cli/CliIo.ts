/** What the CLI touches of its process: output streams, environment, working directory and standard input. */
export interface CliIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly env: Readonly<Record<string, string | undefined>>;
    /** Relative `@file` arguments and settings paths are resolved against it. */
    readonly cwd: string;
    /** All of standard input, as text (for `--body -`). */
    readonly readStdin: () => Promise<string>;
}
