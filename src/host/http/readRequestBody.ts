import type { IncomingMessage } from 'node:http';

/** Thrown when a request body exceeds the limit (answered 413). */
export class RequestBodyTooLargeError extends Error {}

/** Reads a request body into one Buffer, failing past `maxBytes`. */
export async function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
        const buffer = chunk as Buffer;
        size += buffer.length;
        if (size > maxBytes) throw new RequestBodyTooLargeError(`The request body exceeds ${maxBytes} bytes.`);
        chunks.push(buffer);
    }
    return Buffer.concat(chunks);
}
