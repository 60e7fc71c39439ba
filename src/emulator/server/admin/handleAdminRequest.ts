import type { IncomingMessage, ServerResponse } from 'node:http';

import { AsmEmulatorError } from '../../EmulatorContract';
import type { EmulatorContext } from '../EmulatorContext';
import { type AdminMethod, adminRoutes } from './adminRoutes';
import { isLoopbackAddress } from './isLoopbackAddress';
import { AdminError, sendJson } from './jsonIo';

export const ADMIN_PREFIX = '/_admin/';

/**
 * The admin surface under `/_admin/`: loopback callers only, no client certificate needed, JSON in and out.
 * Errors answer `{ "error": { "code", "message" } }`.
 */
export async function handleAdminRequest(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const fail = (status: number, code: string, message: string): void => sendJson(res, status, { error: { code, message } });
    if (!isLoopbackAddress(req.socket.remoteAddress)) {
        fail(403, 'Forbidden', 'The admin surface answers loopback callers only.');
        return;
    }
    const url = new URL(req.url ?? '/', 'https://localhost');
    const path = url.pathname.replace(/\/+$/, '');
    const route = adminRoutes[path];
    if (route === undefined) {
        fail(404, 'NotFound', `No admin endpoint ${path}.`);
        return;
    }
    const handler = route[(req.method ?? '').toUpperCase() as AdminMethod];
    if (handler === undefined) {
        res.setHeader('Allow', Object.keys(route).join(', '));
        fail(405, 'MethodNotAllowed', `${path} accepts ${Object.keys(route).join(', ')}.`);
        return;
    }
    try {
        const result = await handler(ctx, req, url);
        sendJson(res, result.status, result.body);
    } catch (err) {
        if (err instanceof AdminError) fail(err.status, err.code, err.message);
        else if (err instanceof AsmEmulatorError) fail(err.status, err.code, err.message);
        else fail(400, 'Rejected', err instanceof Error ? err.message : String(err));
    }
}
