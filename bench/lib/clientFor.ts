import { type AsmClient, createAsmClient } from '../../src/client/AsmClient';
import type { AsmClientOptions } from '../../src/client/AsmClientOptions';
import type { EmulatorAccess } from './childProtocol';

/** Our client for the bench emulator: its subscription, endpoint, management certificate and CA (plus `extra`). */
export function clientFor(access: EmulatorAccess, extra: Partial<AsmClientOptions> = {}): AsmClient {
    return createAsmClient({
        subscriptionId: access.subscriptionId,
        endpoint: access.endpoint,
        certificate: { cert: access.certPem, key: access.keyPem },
        ca: access.caPem,
        ...extra,
    });
}
