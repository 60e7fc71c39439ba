/** Whether an address to listen on is loopback (the local host never binds anything else). */
export function isLoopbackHost(host: string): boolean {
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
