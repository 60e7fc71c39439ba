/**
 * Child: Microsoft's Node client azure-asm-compute@0.18 (used unchanged, as test/peers drives it) running the
 * throughput or the large-response workload. It trusts the emulator's CA through NODE_EXTRA_CA_CERTS (set by the
 * parent) and reads the management certificate from management.pem.
 */
import { readFileSync } from 'node:fs';

import { childMain, type EmulatorAccess } from '../lib/childProtocol';
import { type ListImagesInput, runListImages, runThroughput, type ThroughputInput } from '../lib/clientWorkload';

type Callback<T> = (err: Error | null | undefined, result: T) => void;
interface PeerComputeClient {
    readonly hostedServices: {
        list(cb: Callback<{ hostedServices: { serviceName: string }[] }>): void;
        getDetailed(serviceName: string, cb: Callback<{ deployments: unknown[] }>): void;
    };
    readonly virtualMachineOSImages: { list(cb: Callback<{ images: unknown[] }>): void };
}
interface PeerComputeModule {
    createCertificateCloudCredentials(options: { subscriptionId: string; pem: string }): unknown;
    createComputeManagementClient(credentials: unknown, baseUri: string): PeerComputeClient;
}

function call<T>(fn: (cb: Callback<T>) => void): Promise<T> {
    return new Promise((resolve, reject) => fn((err, result) => (err ? reject(err) : resolve(result))));
}

type Input = { readonly managementPemFile: string } & (
    | ({ readonly workload: 'throughput' } & ThroughputInput)
    | ({ readonly workload: 'listImages' } & ListImagesInput)
);

childMain(async (input: Input) => {
    const access: EmulatorAccess = input.access;
    const compute = require('azure-asm-compute') as PeerComputeModule;
    const pem = readFileSync(input.managementPemFile, 'utf8');
    const client = compute.createComputeManagementClient(compute.createCertificateCloudCredentials({ subscriptionId: access.subscriptionId, pem }), access.endpoint);
    if (input.workload === 'listImages') return runListImages(async () => (await call<{ images: unknown[] }>((cb) => client.virtualMachineOSImages.list(cb))).images.length, input);
    return runThroughput(
        {
            listServiceNames: async () => (await call<{ hostedServices: { serviceName: string }[] }>((cb) => client.hostedServices.list(cb))).hostedServices.map((s) => s.serviceName),
            getDetailed: async (serviceName) => (await call<{ deployments: unknown[] }>((cb) => client.hostedServices.getDetailed(serviceName, cb))).deployments.length,
        },
        input,
    );
});
