import { randomFillSync } from 'node:crypto';

/** Random bytes drawn 4 KiB at a time (one getrandom call per 256 ids instead of one per request). */
const pool = Buffer.alloc(4096);
let offset = pool.length;

/** An `x-ms-request-id`: 32 lower-case hex digits, no dashes. */
export function newRequestId(): string {
    if (offset + 16 > pool.length) {
        randomFillSync(pool);
        offset = 0;
    }
    const id = pool.toString('hex', offset, offset + 16);
    offset += 16;
    return id;
}
