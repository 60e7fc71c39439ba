import assert from 'node:assert/strict';

import type { Operation } from '../../../src/asm/models/operationStatus';
import {
    AsmClient,
    type AsmClientLogEvent,
    type AsmClientOptions,
    type PollSchedule,
    type SleepFn,
    type WaitOptions,
} from '../../../src/client';
import type { ClientCertificate as EmulatorClientCertificate } from '../../../src/emulator/certs/KeyAndCertificate';
import { type EmulatorOptions, startEmulator, type TestEmulator } from '../../helpers/startEmulator';

/** Polls every 25 ms: the emulator's asynchronous operations last a few hundred ms in these suites. */
export const FAST_POLL: PollSchedule = { firstPollsAtMs: [25, 50, 75, 100], fraction: 0.1, minMs: 25, maxMs: 100 };

/** Default emulator duration of asynchronous operations in the contract suites, ms of emulator (= real) time. */
export const OPERATION_MS = 250;

/** Client options that keep the suites fast: short attempt timeout, small backoff. */
export const FAST_CLIENT: Partial<AsmClientOptions> = {
    timeoutMs: 5_000,
    retry: { maxRetries: 4, baseDelayMs: 20, maxRetryDelayMs: 2_000, retryBudgetMs: 10_000 },
};

/** A client wired to the emulator over mutual TLS, with its log events collected. */
export interface LoggedClient {
    readonly client: AsmClient;
    readonly events: AsmClientLogEvent[];
}

export interface Harness {
    readonly emu: TestEmulator;
    /** The default client (management certificate, FAST_CLIENT options). */
    readonly client: AsmClient;
    /** Its log events since the last reset(). */
    readonly events: AsmClientLogEvent[];
    /** Another client on the same emulator (closed with the harness). */
    makeClient(overrides?: Partial<AsmClientOptions>, certificate?: EmulatorClientCertificate): LoggedClient;
    /** Empties the estate (then loads `seed`), clears faults, scripts, counters and the default client's events. */
    reset(seed?: unknown): void;
    /** Waits for an operation with the fast schedule and a 5 s deadline, counting the polls. */
    wait(requestId: string, options?: WaitOptions<Operation>, client?: AsmClient): Promise<{ operation: Operation; polls: number }>;
    close(): Promise<void>;
}

export async function startHarness(options: Omit<EmulatorOptions, 'stateDir'> = {}): Promise<Harness> {
    const emu = await startEmulator({ redirectListener: true, ...options });
    const clients: AsmClient[] = [];
    const makeClient = (overrides: Partial<AsmClientOptions> = {}, certificate: EmulatorClientCertificate = emu.clientCertificate): LoggedClient => {
        const events: AsmClientLogEvent[] = [];
        const client = new AsmClient({
            subscriptionId: emu.subscriptionId,
            endpoint: emu.endpoint,
            certificate: { cert: certificate.certPem, key: certificate.keyPem },
            ca: emu.ca,
            ...FAST_CLIENT,
            log: (event) => void events.push(event),
            ...overrides,
        });
        clients.push(client);
        return { client, events };
    };
    const main = makeClient();
    emu.state.setDefaultOperationDuration(OPERATION_MS);
    return {
        emu,
        client: main.client,
        events: main.events,
        makeClient,
        reset(seed?: unknown) {
            emu.state.reset();
            emu.state.setDefaultOperationDuration(OPERATION_MS);
            if (seed !== undefined) emu.state.loadSeed(emu.subscriptionId, seed);
            emu.faults.clear();
            emu.resetCounters();
            main.events.length = 0;
        },
        async wait(requestId, options = {}, client = main.client) {
            let polls = 0;
            const operation = await client.waitForOperation(requestId, {
                schedule: FAST_POLL,
                timeoutMs: 5_000,
                ...options,
                onPoll: (status, info) => {
                    polls = info.polls;
                    options.onPoll?.(status, info);
                },
            });
            return { operation, polls };
        },
        async close() {
            await Promise.all(clients.map((c) => c.close()));
            await emu.close();
        },
    };
}

// ---- reading the client's log --------------------------------------------------------------------------------

type ResponseEvent = Extract<AsmClientLogEvent, { type: 'response' }>;
type RetryEvent = Extract<AsmClientLogEvent, { type: 'retry' }>;
type RedirectEvent = Extract<AsmClientLogEvent, { type: 'redirect' }>;
type TransportErrorEvent = Extract<AsmClientLogEvent, { type: 'transportError' }>;

export function responses(events: readonly AsmClientLogEvent[], operation?: string): ResponseEvent[] {
    return events.filter((e): e is ResponseEvent => e.type === 'response' && (operation === undefined || e.operation === operation));
}

export function retries(events: readonly AsmClientLogEvent[], operation?: string): RetryEvent[] {
    return events.filter((e): e is RetryEvent => e.type === 'retry' && (operation === undefined || e.operation === operation));
}

export function redirects(events: readonly AsmClientLogEvent[]): RedirectEvent[] {
    return events.filter((e): e is RedirectEvent => e.type === 'redirect');
}

export function transportErrors(events: readonly AsmClientLogEvent[]): TransportErrorEvent[] {
    return events.filter((e): e is TransportErrorEvent => e.type === 'transportError');
}

/** The x-ms-request-id of the last response the client logged for an operation. */
export function lastRequestId(events: readonly AsmClientLogEvent[], operation: string): string {
    const id = responses(events, operation).at(-1)?.requestId;
    assert.ok(id !== undefined && /^[0-9a-f]{32}$/.test(id), `a logged x-ms-request-id for ${operation}`);
    return id;
}

/** The request id of a call result that must be an AsyncResult (`{ requestId }` of an asynchronous operation). */
export function asyncId(result: unknown): string {
    assert.ok(typeof result === 'object' && result !== null, `an AsyncResult, got ${String(result)}`);
    const { requestId } = result as { requestId?: unknown };
    assert.ok(typeof requestId === 'string' && /^[0-9a-f]{32}$/.test(requestId), 'a 32-hex request id');
    return requestId;
}

// ---- sleeps -----------------------------------------------------------------------------------------------------

/** A sleep that records what the client asked for and resolves at once, moving a fake clock forward. */
export function fakeTime(start = 1_000_000): { sleep: SleepFn; now: () => number; delays: number[] } {
    let t = start;
    const delays: number[] = [];
    return {
        delays,
        now: () => t,
        sleep: async (ms, signal) => {
            signal?.throwIfAborted();
            delays.push(ms);
            t += ms;
        },
    };
}

/** `26803ab0f361…` → `26803ab0-f361-…`. */
export function guid(hex: string): string {
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Runs `fn` and returns its rejection, failing when it resolves. */
export async function rejection(fn: () => Promise<unknown>): Promise<unknown> {
    try {
        await fn();
    } catch (err) {
        return err;
    }
    assert.fail('expected a rejection');
}
