import { HttpRequest, InvocationContext } from '@azure/functions';

import type { AppServices } from '../../../src/app/AppServices';
import { type AppServicesOptions, createAppServices } from '../../../src/app/createAppServices';
import { catalogue } from '../../../src/asm/operations/catalogue';
import type { PollSchedule } from '../../../src/client/polling/pollSchedule';
import type { FacadeFunction } from '../../../src/facade/FacadeFunction';
import { operationFunctions } from '../../../src/facade/operationFunctions';
import { routeOf } from '../../../src/facade/routes/routeOf';
import { type EmulatorOptions, startEmulator, type TestEmulator } from '../../helpers/startEmulator';

/** Polls every 25 ms: emulator operations last OPERATION_MS in these suites. */
export const FAST_POLL: PollSchedule = { firstPollsAtMs: [25, 50, 75, 100], fraction: 0.1, minMs: 25, maxMs: 100 };
/** How long the emulator's asynchronous operations stay InProgress here, ms. */
export const OPERATION_MS = 100;

export interface CallInit {
    /** Route values, as the Functions host passes them (already decoded). */
    readonly params?: Readonly<Record<string, string>>;
    /** Query string without `?` (`embedDetail=true`), sent as is. */
    readonly query?: string;
    /** A JSON value (sent as application/json unless `headers` say otherwise) or raw text. */
    readonly json?: unknown;
    readonly text?: string;
    readonly bytes?: Uint8Array;
    readonly headers?: Readonly<Record<string, string>>;
}

export interface CallResult {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    /** The parsed JSON body, undefined without one. */
    readonly body: unknown;
}

export interface FacadeHarness {
    readonly emu: TestEmulator;
    readonly services: AppServices;
    /** The env-like settings the services were configured with. */
    readonly env: Readonly<Record<string, string>>;
    /** The function of an operation, from operationFunctions(resource, services) exactly as functions/ registers it. */
    fn(operationId: string): FacadeFunction;
    /** Calls an operation's handler with a real HttpRequest/InvocationContext. */
    call(operationId: string, init?: CallInit): Promise<CallResult>;
    /** Emulator management requests so far. */
    asmCalls(): number;
    /** Empties the estate, loads `seed`, clears faults and counters. */
    reset(seed?: unknown): void;
    close(): Promise<void>;
}

export const invocation = (functionName: string): InvocationContext =>
    new InvocationContext({ invocationId: `test-${functionName}-${Math.random().toString(16).slice(2, 10)}`, functionName, logHandler: () => undefined });

/** A URL for a route with its values filled in (encoded), as a caller would send it. */
export function urlFor(route: string, params: Readonly<Record<string, string>> = {}, query = ''): string {
    const path = route.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
    return `http://localhost:7071/api/${path}${query === '' ? '' : `?${query}`}`;
}

/** Builds the HttpRequest for a facade call (method and route of the operation). */
export function requestFor(method: string, route: string, init: CallInit = {}): HttpRequest {
    const headers: Record<string, string> = { ...init.headers };
    let body: { string?: string; bytes?: Uint8Array } | undefined;
    if (init.json !== undefined) {
        body = { string: JSON.stringify(init.json) };
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    } else if (init.text !== undefined) {
        body = { string: init.text };
    } else if (init.bytes !== undefined) {
        body = { bytes: init.bytes };
    }
    return new HttpRequest({
        method,
        url: urlFor(route, init.params, init.query),
        params: { ...init.params },
        headers,
        ...(body === undefined ? {} : { body }),
    });
}

/** Reads a handler's answer. */
export function readResult(res: { status: number; headers: Readonly<Record<string, string>>; body?: string }): CallResult {
    return { status: res.status, headers: res.headers, body: res.body === undefined || res.body === '' ? undefined : (JSON.parse(res.body) as unknown) };
}

/**
 * An emulator and the facade's handlers wired to it through the composition root, configured like the Function App
 * is (env-like settings: subscription, endpoint, CA file, certificate file, storage), with the real client.
 */
export async function startFacade(
    options: {
        readonly emulator?: Omit<EmulatorOptions, 'stateDir'>;
        readonly env?: Readonly<Record<string, string>>;
        readonly services?: Omit<AppServicesOptions, 'env'>;
    } = {},
): Promise<FacadeHarness> {
    const emu = await startEmulator(options.emulator ?? {});
    const paths = emu.paths;
    if (paths === undefined) throw new Error('the test emulator has a state directory');
    const env: Record<string, string> = {
        ASM_SUBSCRIPTION_ID: emu.subscriptionId,
        ASM_ENDPOINT: emu.endpoint,
        ASM_CA_FILE: paths.ca,
        ASM_CERT_FILE: paths.management,
        AzureWebJobsStorage: 'UseDevelopmentStorage=true',
        ...options.env,
    };
    emu.state.setDefaultOperationDuration(OPERATION_MS);
    const services = createAppServices({
        env,
        // The facade suites have no storage account: the durable tracker (src/tracking) has its own suites.
        trackOperations: false,
        pollSchedule: FAST_POLL,
        client: { timeoutMs: 5_000, retry: { maxRetries: 2, baseDelayMs: 10, maxRetryDelayMs: 100, retryBudgetMs: 5_000 } },
        ...options.services,
    });
    const functions = new Map<string, FacadeFunction>();
    for (const resource of new Set(catalogue.map((s) => s.resource))) {
        for (const f of operationFunctions(resource, () => services)) functions.set(f.name, f);
    }
    const fn = (operationId: string): FacadeFunction => {
        const f = functions.get(operationId);
        if (f === undefined) throw new Error(`no function ${operationId}`);
        return f;
    };
    return {
        emu,
        services,
        env,
        fn,
        async call(operationId, init = {}) {
            const spec = catalogue.find((s) => s.name === operationId);
            if (spec === undefined) throw new Error(`no operation ${operationId}`);
            const { method, route } = routeOf(spec);
            const res = await fn(operationId).options.handler(requestFor(method, route, init), invocation(operationId));
            return readResult(res);
        },
        asmCalls: () => emu.counters().total,
        reset(seed?: unknown) {
            emu.state.reset();
            emu.state.setDefaultOperationDuration(OPERATION_MS);
            if (seed !== undefined) emu.state.loadSeed(emu.subscriptionId, seed);
            emu.faults.clear();
            emu.resetCounters();
        },
        async close() {
            await services.close();
            await emu.close();
        },
    };
}
