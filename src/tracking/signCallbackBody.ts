import { createHmac } from 'node:crypto';

/** `sha256=<hex>` of the exact body (pure). */
export function signCallbackBody(body: string | Buffer, secret: string): string {
    return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
