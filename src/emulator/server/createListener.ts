import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';

import type { KeyAndCertificate } from '../certs/KeyAndCertificate';
import type { EmulatorContext, ListenerRole } from './EmulatorContext';
import { handleRequest } from './handleRequest';

export interface Listener {
    readonly server: Server;
    readonly port: number;
    /** `https://HOST:PORT` (IPv6 hosts bracketed). */
    readonly endpoint: string;
    close(): Promise<void>;
}

function urlHost(host: string): string {
    return host.includes(':') ? `[${host}]` : host;
}

/**
 * An HTTPS listener that asks for a client certificate but lets the handshake through without one
 * (`requestCert: true, rejectUnauthorized: false`): the certificate is checked per request against the
 * subscriptions' management certificates, as ASM answers 403 rather than failing the handshake. No CA list is sent,
 * so clients offer whatever certificate they hold (self-signed management certificates included).
 */
export function createListener(ctx: EmulatorContext, role: ListenerRole, server: KeyAndCertificate, host: string, port: number): Promise<Listener> {
    const https = createServer({ cert: server.certPem, key: server.keyPem, requestCert: true, rejectUnauthorized: false }, (req, res) =>
        handleRequest(ctx, role, req, res),
    );
    const sockets = new Set<Socket>();
    https.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
    });
    https.on('secureConnection', (socket: TLSSocket) => ctx.counters.tlsConnection(socket.isSessionReused()));
    // A client that drops mid-handshake or sends garbage must not take the emulator down.
    https.on('tlsClientError', () => undefined);
    https.on('clientError', (_err, socket: Socket) => socket.destroy());
    return new Promise((resolve, reject) => {
        https.once('error', reject);
        https.listen(port, host, () => {
            https.off('error', reject);
            const actual = (https.address() as AddressInfo).port;
            resolve({
                server: https,
                port: actual,
                endpoint: `https://${urlHost(host)}:${actual}`,
                close: () =>
                    new Promise<void>((done) => {
                        https.close(() => done());
                        https.closeAllConnections();
                        for (const socket of sockets) socket.destroy();
                    }),
            });
        });
    });
}
