import { createHash, randomBytes } from 'node:crypto';

/** Where generated ids come from: random for live requests, derived from names for seeds (reproducible). */
export interface IdSource {
    bytes(length: number, purpose: string): Buffer;
}

export const randomIds: IdSource = { bytes: (length) => randomBytes(length) };

export function derivedIds(scope: string): IdSource {
    return { bytes: (length, purpose) => derivedBytes(`${scope}|${purpose}`, length) };
}

export const hex32 = (ids: IdSource, purpose: string): string => ids.bytes(16, purpose).toString('hex');
export const storageKey = (ids: IdSource, purpose: string): string => ids.bytes(64, purpose).toString('base64');

/** Deterministic bytes derived from text (seed loading and generated estates stay reproducible). */
export function derivedBytes(text: string, length: number): Buffer {
    const out: Buffer[] = [];
    for (let i = 0, total = 0; total < length; i++) {
        const block = createHash('sha256').update(`${i}:${text}`).digest();
        out.push(block);
        total += block.length;
    }
    return Buffer.concat(out).subarray(0, length);
}

/** An internal role instance address in 100.64.0.0/10, as ASM hands out (`100.74.174.7`). */
export function internalIp(bytes: Buffer): string {
    const [a = 0, b = 0, c = 0] = bytes;
    return `100.${64 + (a % 64)}.${b}.${1 + (c % 254)}`;
}

/** A public virtual IP (`23.99.61.160`, `104.42.98.103`). */
export function publicVip(bytes: Buffer): string {
    const [a = 0, b = 0, c = 0] = bytes;
    return a % 2 === 0 ? `23.99.${b}.${1 + (c % 254)}` : `104.42.${b}.${1 + (c % 254)}`;
}

/** `26803ab0f361bb8a87b11a2f3b4e8c73` → `26803ab0-f361-bb8a-87b1-1a2f3b4e8c73` (the Operation `<ID>`). */
export function requestIdAsGuid(requestId: string): string {
    const h = normalizeRequestId(requestId);
    if (!/^[0-9a-f]{32}$/.test(h)) return requestId;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Accepts the 32-hex form or the dashed GUID form; answers lower-case 32 hex. */
export function normalizeRequestId(requestId: string): string {
    return requestId.replace(/-/g, '').toLowerCase();
}
