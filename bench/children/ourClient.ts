/** Child: our AsmClient (HTTP, XML, typed models) running the throughput or the large-response workload. */
import { createAsmClient } from '../../src/client/AsmClient';
import { childMain } from '../lib/childProtocol';
import { type ListImagesInput, runListImages, runThroughput, type ThroughputInput } from '../lib/clientWorkload';

type Input = ({ readonly workload: 'throughput' } & ThroughputInput) | ({ readonly workload: 'listImages' } & ListImagesInput);

childMain(async (input: Input) => {
    const { access } = input;
    const client = createAsmClient({
        subscriptionId: access.subscriptionId,
        endpoint: access.endpoint,
        certificate: { cert: access.certPem, key: access.keyPem },
        ca: access.caPem,
    });
    try {
        if (input.workload === 'listImages') return await runListImages(async () => (await client.listOsImages()).length, input);
        return await runThroughput(
            {
                listServiceNames: async () => (await client.listHostedServices()).map((s) => s.serviceName),
                getDetailed: async (serviceName) => (await client.getHostedServiceProperties({ serviceName, embedDetail: true })).deployments?.length ?? 0,
            },
            input,
        );
    } finally {
        await client.close();
    }
});
