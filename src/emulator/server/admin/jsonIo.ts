import type { IncomingMessage, ServerResponse } from 'node:http';

import { BodyTooLargeError, readBody } from '../readBody';

/** An admin request we refuse, answered as `{ "error": { "code", "message" } }`. */
export class AdminError extends Error {
    override readonly name = 'AdminError';
    constructor(
        readonly status: number,
        readonly code: string,
        message: string,
    ) {
        super(message);
    }
}

export const ADMIN_MAX_BODY_BYTES = 16 * 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
    if (res.headersSent || res.destroyed) return;
    const body = status === 204 ? undefined : Buffer.from(JSON.stringify(value ?? null), 'utf8');
    res.writeHead(status, {
        'Cache-Control': 'no-cache',
        ...(body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
        'Content-Length': body?.length ?? 0,
    });
    res.end(body);
}

/** The JSON body of an admin request; an empty body reads as `{}`. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
    let raw: Buffer;
    try {
        raw = await readBody(req, ADMIN_MAX_BODY_BYTES);
    } catch (err) {
        if (err instanceof BodyTooLargeError) throw new AdminError(413, 'BodyTooLarge', `Admin bodies are limited to ${err.limitBytes} bytes.`);
        throw err;
    }
    const text = raw.toString('utf8').replace(/^\uFEFF/, '');
    if (text.trim() === '') return {};
    try {
        return JSON.parse(text) as unknown;
    } catch (err) {
        throw new AdminError(400, 'InvalidJson', `The body is not valid JSON: ${(err as Error).message}`);
    }
}

/** A JSON object body, or a 400. */
export function asObject(value: unknown, what: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AdminError(400, 'InvalidBody', `${what} must be a JSON object.`);
    return value as Record<string, unknown>;
}
