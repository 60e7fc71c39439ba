import type { PollMessage, PollReason } from './PollMessage';

const REASONS: readonly PollReason[] = ['track', 'poll', 'resend', 'sweep', 'awaitClaim', 'recheck'];

function toObject(input: unknown): unknown {
    if (Buffer.isBuffer(input)) return toObject(input.toString('utf8'));
    if (typeof input !== 'string') return input;
    const text = input.trim();
    // Plain JSON (host.json messageEncoding "none"); base64 JSON as well, should a producer encode it.
    const json = text.startsWith('{') ? text : Buffer.from(text, 'base64').toString('utf8');
    try {
        return JSON.parse(json) as unknown;
    } catch {
        return undefined;
    }
}

/**
 * Reads a queue item as the trigger hands it over (the Functions runtime passes JSON messages already parsed; a
 * string or Buffer is parsed here) into a PollMessage, or undefined when it is not one.
 */
export function parsePollMessage(input: unknown): PollMessage | undefined {
    const o = toObject(input);
    if (typeof o !== 'object' || o === null) return undefined;
    const m = o as Record<string, unknown>;
    if (m['v'] !== 1) return undefined;
    const { subscriptionId, requestId, attempt, dueAt, reason } = m;
    if (typeof subscriptionId !== 'string' || subscriptionId === '' || typeof requestId !== 'string' || requestId === '') return undefined;
    if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 0) return undefined;
    if (typeof dueAt !== 'string' || Number.isNaN(Date.parse(dueAt))) return undefined;
    const why = typeof reason === 'string' && (REASONS as readonly string[]).includes(reason) ? (reason as PollReason) : 'poll';
    return { v: 1, subscriptionId, requestId, attempt, dueAt, reason: why };
}
