/** Child: the sweep's ASM calls one at a time — listHostedServices, then getHostedServiceProperties embed-detail per service. */
import { createAsmClient } from '../../src/client/AsmClient';
import { childMain, type EmulatorAccess } from '../lib/childProtocol';

export interface SequentialSweepResult {
    readonly ms: number;
    readonly services: number;
    readonly deployments: number;
}

childMain(async (input: { readonly access: EmulatorAccess }): Promise<SequentialSweepResult> => {
    const { access } = input;
    const client = createAsmClient({
        subscriptionId: access.subscriptionId,
        endpoint: access.endpoint,
        certificate: { cert: access.certPem, key: access.keyPem },
        ca: access.caPem,
    });
    const t0 = performance.now();
    const services = await client.listHostedServices();
    let deployments = 0;
    for (const s of services) {
        const detail = await client.getHostedServiceProperties({ serviceName: s.serviceName, embedDetail: true });
        deployments += detail.deployments?.length ?? 0;
    }
    const ms = performance.now() - t0;
    await client.close();
    return { ms, services: services.length, deployments };
});
