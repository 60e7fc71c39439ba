/** The message of `asm-cleanup-work`: one hosted service of one run. Plain JSON. */
export interface WorkMessage {
    readonly runId: string;
    readonly subscriptionId: string;
    readonly serviceName: string;
}

const RUN_ID = /^[0-9A-Za-z-]{1,80}$/;
const SERVICE = /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;

/**
 * Reads a work message as a queue trigger hands it over: an object (the host parsed the JSON), JSON text, or
 * base64 JSON text (host.json messageEncoding base64). Throws on anything else (the message is poison).
 */
export function parseWorkMessage(input: unknown): WorkMessage {
    let value = input;
    if (typeof value === 'string') {
        const text = value.trim().startsWith('{') ? value : Buffer.from(value, 'base64').toString('utf8');
        value = JSON.parse(text) as unknown;
    }
    if (typeof value !== 'object' || value === null) throw new Error('A cleanup work message must be a JSON object.');
    const { runId, subscriptionId, serviceName } = value as Record<string, unknown>;
    if (typeof runId !== 'string' || !RUN_ID.test(runId)) throw new Error('A cleanup work message needs a runId.');
    if (typeof subscriptionId !== 'string' || subscriptionId === '') throw new Error('A cleanup work message needs a subscriptionId.');
    if (typeof serviceName !== 'string' || !SERVICE.test(serviceName)) throw new Error('A cleanup work message needs a serviceName.');
    return { runId, subscriptionId, serviceName };
}
