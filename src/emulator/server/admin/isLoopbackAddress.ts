import { isIPv4 } from 'node:net';

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string | undefined): boolean {
    if (address === undefined) return false;
    const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
    if (isIPv4(v4)) return v4.startsWith('127.');
    return address === '::1';
}
