import type { IncomingMessage } from 'node:http';

import { findOperation } from '../../../asm/operations/catalogue';
import type { EmulatorContext } from '../EmulatorContext';
import { configureFaults } from '../faults/configureFaults';
import { FaultConfigError } from '../faults/FaultConfig';
import { AdminError, asObject, readJson } from './jsonIo';
import { parseAsyncOutcome } from './parseAsyncOutcome';

export type AdminMethod = 'GET' | 'POST' | 'DELETE';
export interface AdminResult {
    readonly status: number;
    readonly body?: unknown;
}
type AdminHandler = (ctx: EmulatorContext, req: IncomingMessage, url: URL) => Promise<AdminResult> | AdminResult;

function subscriptionParam(ctx: EmulatorContext, url: URL): string {
    return (url.searchParams.get('subscriptionId') ?? ctx.defaultSubscriptionId).toLowerCase();
}

function clock(ctx: EmulatorContext): AdminResult {
    const epochMs = ctx.state.now();
    return { status: 200, body: { now: new Date(epochMs).toISOString(), epochMs } };
}

function nonNegativeNumber(value: unknown, what: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new AdminError(400, 'InvalidBody', `${what} must be a non-negative number.`);
    return value;
}

function knownOperation(name: string): boolean {
    return findOperation(name) !== undefined;
}

/** The admin surface (JSON in and out), by path and method. Management (ASM) routes come from the catalogue instead. */
export const adminRoutes: Readonly<Record<string, Partial<Record<AdminMethod, AdminHandler>>>> = {
    '/_admin/info': {
        GET: (ctx) => ({
            status: 200,
            body: {
                endpoint: ctx.endpoint,
                redirectEndpoint: ctx.redirectEndpoint,
                subscriptionId: ctx.defaultSubscriptionId,
                subscriptions: ctx.registry.subscriptions().map((id) => ({ id, thumbprints: ctx.registry.thumbprintsOf(id) })),
            },
        }),
    },
    '/_admin/seed': {
        POST: async (ctx, req, url) => {
            const subscriptionId = subscriptionParam(ctx, url);
            ctx.state.loadSeed(subscriptionId, await readJson(req));
            return { status: 200, body: { subscriptionId } };
        },
    },
    '/_admin/reset': {
        POST: (ctx) => {
            ctx.state.reset();
            ctx.faults.clear();
            ctx.counters.reset();
            return { status: 200, body: { reset: ['state', 'faults', 'counters'] } };
        },
    },
    '/_admin/clock': {
        GET: clock,
        POST: async (ctx, req) => {
            const body = asObject(await readJson(req), 'The clock body');
            if (body.set !== undefined) {
                const epochMs = typeof body.set === 'number' ? body.set : typeof body.set === 'string' ? Date.parse(body.set) : Number.NaN;
                if (!Number.isFinite(epochMs)) throw new AdminError(400, 'InvalidBody', 'set must be an ISO 8601 time or epoch milliseconds.');
                ctx.state.setClock(epochMs);
            } else if (body.advanceMs !== undefined) {
                ctx.state.advanceClock(nonNegativeNumber(body.advanceMs, 'advanceMs'));
            } else {
                throw new AdminError(400, 'InvalidBody', 'Send { "set": "<ISO time>" } or { "advanceMs": <ms> }.');
            }
            return clock(ctx);
        },
    },
    '/_admin/counters': {
        GET: (ctx) => ({ status: 200, body: ctx.counters.snapshot() }),
    },
    '/_admin/counters/reset': {
        POST: (ctx) => {
            ctx.counters.reset();
            return { status: 200, body: ctx.counters.snapshot() };
        },
    },
    '/_admin/faults': {
        GET: (ctx) => ({ status: 200, body: ctx.faults.get() }),
        POST: async (ctx, req) => {
            const input = await readJson(req);
            try {
                return { status: 200, body: configureFaults(ctx, input) };
            } catch (err) {
                if (err instanceof FaultConfigError) throw new AdminError(400, 'InvalidFaults', err.message);
                throw err;
            }
        },
        DELETE: (ctx) => {
            ctx.faults.clear();
            return { status: 200, body: ctx.faults.get() };
        },
    },
    '/_admin/operations/script': {
        POST: async (ctx, req) => {
            const body = asObject(await readJson(req), 'The script body');
            const { operation, sticky } = body;
            if (typeof operation !== 'string' || !knownOperation(operation)) {
                throw new AdminError(400, 'InvalidBody', 'operation must be a catalogue operation name.');
            }
            if (sticky !== undefined && typeof sticky !== 'boolean') throw new AdminError(400, 'InvalidBody', 'sticky must be a boolean.');
            ctx.state.scriptOperation(operation, parseAsyncOutcome(body), sticky ?? false);
            return { status: 200, body: { operation, sticky: sticky ?? false } };
        },
    },
    '/_admin/operation-duration': {
        POST: async (ctx, req) => {
            const ms = nonNegativeNumber(asObject(await readJson(req), 'The body').ms, 'ms');
            ctx.state.setDefaultOperationDuration(ms);
            return { status: 200, body: { ms } };
        },
    },
    '/_admin/snapshot': {
        GET: (ctx, _req, url) => ({ status: 200, body: ctx.state.snapshot(subscriptionParam(ctx, url)) }),
    },
    '/_admin/certificates': {
        POST: async (ctx, req) => {
            const body = asObject(await readJson(req), 'The certificate body');
            const { subscriptionId, certificate } = body;
            if (typeof certificate !== 'string') throw new AdminError(400, 'InvalidBody', 'certificate must be a PEM certificate or a SHA-1 thumbprint.');
            if (subscriptionId !== undefined && typeof subscriptionId !== 'string') throw new AdminError(400, 'InvalidBody', 'subscriptionId must be a string.');
            const sub = (subscriptionId ?? ctx.defaultSubscriptionId).toLowerCase();
            try {
                return { status: 200, body: { subscriptionId: sub, thumbprint: ctx.registry.register(sub, certificate) } };
            } catch {
                throw new AdminError(400, 'InvalidBody', 'certificate must be a PEM certificate or a SHA-1 thumbprint.');
            }
        },
    },
};
