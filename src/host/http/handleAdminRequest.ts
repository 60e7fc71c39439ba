import type { IncomingMessage, ServerResponse } from 'node:http';

import type { AdminApi } from './AdminApi';
import { readRequestBody } from './readRequestBody';
import { sendJson } from './sendJson';

/** Answers `/admin/host/status`, `/admin/functions` and `POST /admin/functions/{name}`; false when not one of them. */
export async function handleAdminRequest(req: IncomingMessage, res: ServerResponse, pathname: string, admin: AdminApi): Promise<boolean> {
    const method = req.method ?? 'GET';
    const path = pathname.replace(/\/+$/, '').toLowerCase();
    if (path === '/admin/host/status' && method === 'GET') {
        sendJson(res, 200, admin.status());
        return true;
    }
    if (path === '/admin/functions' && method === 'GET') {
        sendJson(res, 200, admin.functions());
        return true;
    }
    const m = /^\/admin\/functions\/([^/]+)$/i.exec(pathname.replace(/\/+$/, ''));
    if (m && method === 'POST') {
        const body = await readRequestBody(req, 1024 * 1024);
        let input: string | undefined;
        if (body.length > 0) {
            try {
                const parsed = JSON.parse(body.toString('utf8')) as { input?: unknown };
                input = parsed.input === undefined || parsed.input === null ? undefined : String(parsed.input);
            } catch {
                sendJson(res, 400, { error: 'The body must be JSON: {"input": "…"}.' });
                return true;
            }
        }
        const outcome = admin.invoke(decodeURIComponent(m[1] as string), input);
        if (outcome === 'accepted') res.writeHead(202).end();
        else if (outcome === 'httpFunction') sendJson(res, 400, { error: 'HTTP functions are called on their route.' });
        else res.writeHead(404).end();
        return true;
    }
    return false;
}
