import type { HostLogger } from './HostLogger';

/**
 * A HostLogger writing Core Tools-style lines (`[2026-01-01T00:00:00.000Z] message`): warnings and errors to stderr,
 * the rest to stdout; trace and debug only when `verbose`.
 */
export function createConsoleLogger(options: { verbose?: boolean } = {}): HostLogger {
    return (level, message, functionName) => {
        if (level === 'none' || ((level === 'trace' || level === 'debug') && !options.verbose)) return;
        const prefix = functionName === undefined ? '' : `[${functionName}] `;
        const line = `[${new Date().toISOString()}] ${prefix}${message}\n`;
        if (level === 'warning' || level === 'error' || level === 'critical') process.stderr.write(line);
        else process.stdout.write(line);
    };
}
