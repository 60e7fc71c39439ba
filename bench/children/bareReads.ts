/**
 * Child: the sweep's ASM calls and nothing else — listHostedServices, then getHostedServiceProperties embed-detail
 * per service, `concurrency` at a time, with our client. At 1 it is the one-at-a-time baseline; at the sweep's
 * concurrency it is the practical limit of the sweep (the client's own cost per call, without the engine).
 */
import { childMain, type EmulatorAccess } from '../lib/childProtocol';
import { clientFor } from '../lib/clientFor';

export interface BareReadsResult {
    readonly ms: number;
    readonly services: number;
    readonly deployments: number;
}

childMain(async (input: { readonly access: EmulatorAccess; readonly concurrency: number }): Promise<BareReadsResult> => {
    const { access } = input;
    const client = clientFor(access);
    const t0 = performance.now();
    const services = await client.listHostedServices();
    let deployments = 0;
    let next = 0;
    const reader = async (): Promise<void> => {
        while (next < services.length) {
            const s = services[next++];
            if (s === undefined) break;
            const detail = await client.getHostedServiceProperties({ serviceName: s.serviceName, embedDetail: true });
            deployments += detail.deployments?.length ?? 0;
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, input.concurrency) }, reader));
    const ms = performance.now() - t0;
    await client.close();
    return { ms, services: services.length, deployments };
});
