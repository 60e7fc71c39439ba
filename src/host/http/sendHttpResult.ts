import { HttpResponse, type HttpResponseInit } from '@azure/functions';
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

import { serializeCookie } from './serializeCookie';

/**
 * Writes what an HTTP handler returned: an `HttpResponse`, or an `HttpResponseInit` turned into one exactly as the
 * library does (so `jsonBody`, default content types and null-body statuses behave the same); status, every header
 * (each `Set-Cookie` separately, plus `cookies`) and the body, streamed. Nothing returned → 204. Anything else
 * (a string, a number) is what the library rejects: it throws, and the caller answers 500.
 */
export async function sendHttpResult(res: ServerResponse, result: unknown): Promise<void> {
    if (result === undefined || result === null) {
        res.writeHead(204).end();
        return;
    }
    if (typeof result !== 'object') {
        throw new Error('The HTTP response must be an object with optional properties "body", "status", "headers", and "cookies".');
    }
    const response = result instanceof HttpResponse ? result : new HttpResponse(result as HttpResponseInit);
    res.statusCode = response.status;
    const setCookies = response.headers.getSetCookie();
    response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') res.setHeader(name, value);
    });
    const cookies = [...setCookies, ...response.cookies.map(serializeCookie)];
    if (cookies.length > 0) res.setHeader('set-cookie', cookies);
    const body = response.body;
    if (body === null) {
        res.end();
        return;
    }
    await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), res);
}
