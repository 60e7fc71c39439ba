import { redactText } from './redactText';

const MAX_DEPTH = 3;

/** The diagnostic fields worth keeping from a Node or undici error. */
const KEPT_FIELDS = ['code', 'errno', 'syscall'] as const;

/**
 * A copy of an error fit to be an AsmError's `cause`: name, redacted message and the Node/undici diagnostic fields
 * (`code`, `errno`, `syscall`), with its own cause sanitized the same way. The original object is never kept: it may
 * reference sockets, TLS contexts or options that hold the client certificate and key.
 */
export function sanitizeCause(cause: unknown, depth = 0): Error | undefined {
    if (cause === undefined || cause === null || depth >= MAX_DEPTH) return undefined;
    if (!(cause instanceof Error)) return new Error(redactText(String(cause)));
    const inner = sanitizeCause((cause as { cause?: unknown }).cause, depth + 1);
    const copy = new Error(redactText(cause.message), inner === undefined ? undefined : { cause: inner });
    copy.name = cause.name;
    const record = cause as unknown as Record<string, unknown>;
    for (const field of KEPT_FIELDS) {
        const value = record[field];
        if (typeof value === 'string' || typeof value === 'number') {
            (copy as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? redactText(value) : value;
        }
    }
    copy.stack = `${copy.name}: ${copy.message}`;
    return copy;
}
