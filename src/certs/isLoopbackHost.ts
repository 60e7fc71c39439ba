/**
 * Whether a URL host name is the loopback interface: `localhost`, `127.0.0.1` (any 127/8 address) or `[::1]`.
 * Only for such hosts is Key Vault's challenge-resource verification relaxed (a test double cannot be a
 * `*.vault.azure.net` host); real vault hosts keep it.
 */
export function isLoopbackHost(hostname: string): boolean {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
    return /^127\.(?:\d{1,3})\.(?:\d{1,3})\.(?:\d{1,3})$/.test(host) && host.split('.').every((part) => Number(part) <= 255);
}
