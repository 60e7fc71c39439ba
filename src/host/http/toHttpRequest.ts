import { HttpRequest } from '@azure/functions';
import type { IncomingMessage } from 'node:http';

/**
 * The public `HttpRequest` a handler receives, built from the node request as the worker builds it from the host's
 * RPC message: absolute URL, headers (repeated ones joined with `, `, cookies with `; `), query from the URL (so
 * repeated keys survive), the route values as `params`, and the raw body bytes.
 */
export function toHttpRequest(req: IncomingMessage, body: Buffer, params: Record<string, string>, fallbackHost: string): HttpRequest {
    const headers: Record<string, string> = {};
    for (const [name, values] of Object.entries(req.headersDistinct)) {
        if (values !== undefined) headers[name] = values.join(name === 'cookie' ? '; ' : ', ');
    }
    let url: string;
    try {
        url = new URL(req.url ?? '/', `http://${req.headers.host ?? fallbackHost}`).href;
    } catch {
        url = new URL(req.url ?? '/', `http://${fallbackHost}`).href;
    }
    return new HttpRequest({
        method: req.method ?? 'GET',
        url,
        headers,
        params,
        ...(body.length > 0 ? { body: { bytes: body } } : {}),
    });
}
