import { timingSafeEqual } from 'node:crypto';

import { signCallbackBody } from './signCallbackBody';

/** What a callback receiver does: recompute the signature of the raw body and compare in constant time. */
export function verifyCallbackSignature(body: string | Buffer, secret: string, header: string | undefined): boolean {
    if (header === undefined) return false;
    const expected = Buffer.from(signCallbackBody(body, secret));
    const given = Buffer.from(header);
    return expected.length === given.length && timingSafeEqual(expected, given);
}
