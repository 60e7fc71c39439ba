import { connect } from 'node:net';

/** Resolves once `host:port` accepts a TCP connection, retrying every 50 ms until `timeoutMs`. */
export async function waitForPort(host: string, port: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const ok = await new Promise<boolean>((resolve) => {
            const socket = connect({ host, port });
            socket.once('connect', () => {
                socket.destroy();
                resolve(true);
            });
            socket.once('error', () => resolve(false));
        });
        if (ok) return;
        if (Date.now() > deadline) throw new Error(`${host}:${port} did not accept connections within ${timeoutMs} ms.`);
        await new Promise((r) => setTimeout(r, 50));
    }
}
