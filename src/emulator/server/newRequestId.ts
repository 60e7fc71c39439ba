import { randomBytes } from 'node:crypto';

/** An `x-ms-request-id`: 32 lower-case hex digits, no dashes. */
export function newRequestId(): string {
    return randomBytes(16).toString('hex');
}
