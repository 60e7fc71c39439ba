import type { IncomingMessage, ServerResponse } from 'node:http';

import { AsmEmulatorError } from '../EmulatorContract';
import { asmErrors } from './asmErrors';
import { delay } from './delay';
import type { EmulatorContext, ListenerRole } from './EmulatorContext';
import { errorXml } from './errorXml';
import { isAcceptedXMsVersion } from './isAcceptedXMsVersion';
import { newRequestId } from './newRequestId';
import { peerThumbprint } from './peerThumbprint';
import { BodyTooLargeError, readBody } from './readBody';
import { parseBody, readRequestModel } from './readRequestModel';
import type { RejectionName } from './RequestCounters';
import { routeError, routeRequest } from './routeRequest';
import { sendAsmResponse } from './sendAsmResponse';
import { serializeResponse } from './serializeResponse';
import { subscriptionOfPath } from './subscriptionOfPath';

/** A request answered early, before (or instead of) the state: counted under `name` when given. */
class Rejection extends Error {
    constructor(
        readonly error: AsmEmulatorError,
        readonly counterName: RejectionName | undefined,
        readonly headers: Record<string, string> = {},
        readonly close = false,
    ) {
        super(error.message);
    }
}

function header(req: IncomingMessage, name: string): string | undefined {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * One ASM request: client certificate → x-ms-version → body (size-limited) → catalogue route → injected faults →
 * request model → state → response XML. Every answer carries ASM's headers; every error is ASM's `<Error>`.
 */
export async function handleManagementRequest(ctx: EmulatorContext, role: ListenerRole, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = newRequestId();
    const answer = (status: number, body?: string, headers?: Record<string, string>, close?: boolean): void => {
        ctx.counters.status(status);
        sendAsmResponse(res, {
            status,
            requestId,
            servedByRegion: ctx.servedByRegion,
            ...(body !== undefined ? { body } : {}),
            ...(headers ? { headers } : {}),
            ...(close ? { close } : {}),
        });
    };
    try {
        await pipeline(ctx, role, req, res, requestId, answer);
    } catch (err) {
        if (err instanceof Rejection) {
            if (err.counterName !== undefined) ctx.counters.request(err.counterName);
            answer(err.error.status, errorXml(err.error.code, err.error.message), err.headers, err.close);
        } else if (err instanceof AsmEmulatorError) {
            answer(err.status, errorXml(err.code, err.message));
        } else {
            const where = `${req.method ?? '?'} ${(req.url ?? '').split('?', 1)[0] ?? ''}`;
            ctx.log(`asm-emulator: internal error on ${where} (request ${requestId}): ${err instanceof Error ? err.message : String(err)}`);
            const internal = asmErrors.internalError();
            answer(internal.status, errorXml(internal.code, internal.message));
        }
    }
}

async function pipeline(
    ctx: EmulatorContext,
    role: ListenerRole,
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    answer: (status: number, body?: string, headers?: Record<string, string>) => void,
): Promise<void> {
    const url = req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();

    const thumbprint = peerThumbprint(req.socket);
    const subscriptionId = subscriptionOfPath(url) ?? (thumbprint ? ctx.registry.subscriptionsOf(thumbprint)[0] : undefined);
    if (thumbprint === undefined || subscriptionId === undefined || !ctx.registry.isAuthorized(thumbprint, subscriptionId)) {
        throw new Rejection(asmErrors.forbidden(), '_forbidden');
    }

    const xMsVersion = header(req, 'x-ms-version')?.trim();
    if (!isAcceptedXMsVersion(xMsVersion)) throw new Rejection(asmErrors.missingOrIncorrectVersionHeader(), '_badVersion');

    let raw: Buffer;
    try {
        raw = await readBody(req, ctx.maxBodyBytes);
    } catch (err) {
        if (err instanceof BodyTooLargeError) throw new Rejection(asmErrors.bodyTooLarge(err.limitBytes), '_tooLarge', {}, true);
        throw err;
    }
    const body = parseBody(raw.toString('utf8'));

    const route = routeRequest(ctx.matchOperation, method, url, body.kind === 'xml' ? body.root : undefined);
    if (route.kind !== 'matched') throw new Rejection(routeError(route), route.kind === 'invalidVerb' ? '_invalidVerb' : '_notFound');
    const { operation, pathParams, query } = route.match;
    ctx.counters.request(operation.name);

    const decision = ctx.faults.decide(operation.name, role === 'primary' && ctx.redirectEndpoint !== undefined);
    if (decision.latencyMs > 0) {
        ctx.counters.fault('latency');
        await delay(ctx, decision.latencyMs);
        if (ctx.closing || res.destroyed) return;
    }
    switch (decision.fault) {
        case undefined:
            break;
        case 'reset':
            ctx.counters.fault('reset');
            ctx.counters.status('reset');
            // Clients see ECONNRESET. (Not resetAndDestroy() on the raw TCP socket under the TLS one: that leaves
            // Node's HTTP connection list inconsistent and a later server.close() throws.)
            req.socket.destroy();
            return;
        case 'redirect':
            ctx.counters.fault('redirect');
            throw new Rejection(asmErrors.temporaryRedirect(), undefined, { Location: `${ctx.redirectEndpoint ?? ''}${url}` });
        default: {
            ctx.counters.fault(decision.fault);
            const error = { '500': asmErrors.internalError, '503': asmErrors.serverBusy, '429': asmErrors.tooManyRequests }[decision.fault]();
            const retryAfter = decision.retryAfterSeconds;
            throw new Rejection(error, undefined, retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {});
        }
    }

    const model = readRequestModel(operation, body);
    const response = ctx.state.handle({ operation, subscriptionId, pathParams, query, body: model, requestId, xMsVersion });
    answer(response.status, serializeResponse(operation, response), response.headers ? { ...response.headers } : undefined);
}
