import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';

import { thumbprintOfDer } from '../certs/thumbprint';

/** The SHA-1 thumbprint of the client certificate presented on this connection, if any. */
export function peerThumbprint(socket: Socket): string | undefined {
    if (!(socket instanceof TLSSocket)) return undefined;
    const peer = socket.getPeerCertificate(false);
    const raw: Buffer | undefined = peer && 'raw' in peer ? peer.raw : undefined;
    return raw && raw.length > 0 ? thumbprintOfDer(raw) : undefined;
}
