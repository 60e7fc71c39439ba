import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';

import { thumbprintOfDer } from '../certs/thumbprint';

/** Thumbprints by connection: the client certificate is fixed once the handshake is done (getPeerCertificate is costly). */
const byConnection = new WeakMap<TLSSocket, string | undefined>();

/** The SHA-1 thumbprint of the client certificate presented on this connection, if any. */
export function peerThumbprint(socket: Socket): string | undefined {
    if (!(socket instanceof TLSSocket)) return undefined;
    if (byConnection.has(socket)) return byConnection.get(socket);
    const peer = socket.getPeerCertificate(false);
    const raw: Buffer | undefined = peer && 'raw' in peer ? peer.raw : undefined;
    const thumbprint = raw && raw.length > 0 ? thumbprintOfDer(raw) : undefined;
    byConnection.set(socket, thumbprint);
    return thumbprint;
}
