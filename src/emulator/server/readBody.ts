import type { IncomingMessage } from 'node:http';

/** The request body exceeded the limit; the rest of it is being discarded, not buffered. */
export class BodyTooLargeError extends Error {
    override readonly name = 'BodyTooLargeError';
    constructor(readonly limitBytes: number) {
        super(`request body over ${limitBytes} bytes`);
    }
}

/**
 * Reads a request body, enforcing the limit while streaming: a declared `Content-Length` over it fails at once,
 * and a body that grows past it fails at the chunk that crosses it. Either way the rest of the body is drained
 * and dropped so the answer can still reach the client.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const declared = Number(req.headers['content-length']);
        if (Number.isFinite(declared) && declared > limitBytes) {
            req.resume();
            reject(new BodyTooLargeError(limitBytes));
            return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let failed = false;
        const onData = (chunk: Buffer): void => {
            if (failed) return;
            size += chunk.length;
            if (size > limitBytes) {
                failed = true;
                chunks.length = 0;
                reject(new BodyTooLargeError(limitBytes));
                return;
            }
            chunks.push(chunk);
        };
        req.on('data', onData);
        req.once('end', () => {
            if (!failed) resolve(Buffer.concat(chunks, size));
        });
        req.once('error', (err) => {
            if (!failed) reject(err);
            failed = true;
        });
    });
}
