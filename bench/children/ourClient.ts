/** Child: our AsmClient (HTTP, XML, typed models) running the throughput or the large-response workload. */
import { childMain } from '../lib/childProtocol';
import { type ListImagesInput, runListImages, runThroughput, type ThroughputInput } from '../lib/clientWorkload';
import { clientFor } from '../lib/clientFor';

type Input = ({ readonly workload: 'throughput' } & ThroughputInput) | ({ readonly workload: 'listImages' } & ListImagesInput);

childMain(async (input: Input) => {
    const { access } = input;
    const client = clientFor(access);
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
