import { MockAgent } from 'undici';

import { type AsmClient, type AsmClientLogEvent, type AsmClientOptions, createAsmClient } from '../../../../src/client';

export const ENDPOINT = 'https://management.core.windows.net';
export const SUB = '00000000-0000-0000-0000-000000000001';
export const NS = 'xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';
export const errorXml = (code: string, message: string): string => `<Error ${NS}><Code>${code}</Code><Message>${message}</Message></Error>`;

export interface SeenRequest {
    readonly origin: string;
    readonly method: string;
    readonly path: string;
    readonly headers: Record<string, string>;
    readonly body: string | undefined;
}

export interface Reply {
    readonly status: number;
    readonly body?: string;
    readonly headers?: Record<string, string>;
    /** Time the exchange takes on the fake clock, ms. */
    readonly takesMs?: number;
}

/**
 * A client wired to an undici MockAgent (net connect disabled), on a fake clock (`clock.ms`, starting at
 * `startMs`): sleeps are recorded and advance the clock instead of waiting; every request seen is kept in order.
 */
export function mockAsm(options: Partial<AsmClientOptions> & { startMs?: number } = {}) {
    const { startMs = 0, ...clientOptions } = options;
    const clock = { ms: startMs };
    const agent = new MockAgent();
    agent.disableNetConnect();
    const sleeps: number[] = [];
    const seen: SeenRequest[] = [];
    const events: AsmClientLogEvent[] = [];
    const client: AsmClient = createAsmClient({
        subscriptionId: SUB,
        dispatcher: agent,
        random: () => 0.5,
        now: () => clock.ms,
        sleep: async (ms, signal) => {
            sleeps.push(ms);
            clock.ms += ms;
            if (signal?.aborted) throw signal.reason;
        },
        log: (event) => events.push(event),
        ...clientOptions,
    });

    /** Expects one request `method path` (path with its query) at `origin` and answers it. */
    function on(method: string, path: string, reply: Reply, origin = ENDPOINT) {
        return agent
            .get(origin)
            .intercept({ method, path })
            .reply((opts) => {
                const headers: Record<string, string> = {};
                for (const [k, v] of Object.entries((opts.headers ?? {}) as Record<string, string>)) headers[k.toLowerCase()] = v;
                seen.push({ origin, method: opts.method, path: opts.path, headers, body: typeof opts.body === 'string' ? opts.body : undefined });
                clock.ms += reply.takesMs ?? 0;
                return { statusCode: reply.status, data: reply.body ?? '', responseOptions: { headers: reply.headers ?? {} } };
            });
    }

    /** Expects one request and fails it below HTTP with `error`. */
    function fail(method: string, path: string, error: Error, origin = ENDPOINT) {
        agent.get(origin).intercept({ method, path }).replyWithError(error);
    }

    async function done(): Promise<void> {
        agent.assertNoPendingInterceptors();
        await client.close();
        await agent.close();
    }

    return { agent, client, clock, sleeps, seen, events, on, fail, done };
}

export const withCode = (code: string, message = `${code} (simulated)`): Error => Object.assign(new Error(message), { code });
