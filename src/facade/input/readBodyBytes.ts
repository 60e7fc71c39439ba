import type { HttpRequest } from '@azure/functions';

import { ProblemError } from '../problems/ProblemError';

/** The largest request body the facade reads, bytes (256 KiB). */
export const MAX_BODY_BYTES = 256 * 1024;

function tooLarge(limit: number): ProblemError {
    return new ProblemError({
        kind: 'content-too-large',
        code: 'RequestBodyTooLarge',
        detail: `body: must be at most ${limit} bytes.`,
        errors: [{ path: 'body', message: `must be at most ${limit} bytes` }],
    });
}

/**
 * Reads the request body, refusing one larger than `limit` with 413 — from Content-Length before reading, else
 * while it streams in (reading stops at the limit).
 */
export async function readBodyBytes(request: HttpRequest, limit: number = MAX_BODY_BYTES): Promise<Uint8Array> {
    const declared = request.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
    const stream = request.body;
    if (stream === null) return new Uint8Array(0);
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const chunk = value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer);
        total += chunk.byteLength;
        if (total > limit) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge(limit);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
}
