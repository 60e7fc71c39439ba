import { redactText } from '../client/errors/redactText';
import type { CliIo } from './CliIo';
import { runCli } from './runCli';

function readStdin(): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
        process.stdin.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.once('error', reject);
    });
}

/** The process's own streams, environment and working directory. */
export function processIo(): CliIo {
    return {
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        env: process.env,
        cwd: process.cwd(),
        readStdin,
    };
}

/** `asm` (bin/asm.js): runs the command line and sets the exit code (0 ok, 1 ASM error, 2 usage error). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
    const code = await runCli(argv, processIo());
    process.exitCode = code;
    return code;
}

if (require.main === module) {
    main().catch((err: unknown) => {
        process.stderr.write(`asm: ${redactText(err instanceof Error ? err.message : String(err))}\n`);
        process.exitCode = 1;
    });
}
