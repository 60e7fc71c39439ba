import type { HostedService } from '../../../asm/models/hostedService';
import type { HostedServiceRecord } from '../store/records';
import { deploymentView } from './deploymentView';
import { hostedServiceUrl } from './urls';

/** A hosted service as ASM answers it; with `embedDetail`, its deployments too. */
export function hostedServiceView(subscriptionId: string, service: HostedServiceRecord, withDeployments: boolean): HostedService {
    const model: HostedService = {
        url: hostedServiceUrl(subscriptionId, service.name),
        serviceName: service.name,
        hostedServiceProperties: {
            ...(service.description === undefined ? {} : { description: service.description }),
            ...(service.affinityGroup === undefined ? {} : { affinityGroup: service.affinityGroup }),
            ...(service.location === undefined ? {} : { location: service.location }),
            label: service.label,
            status: service.status,
            dateCreated: service.dateCreated,
            dateLastModified: service.dateLastModified,
            extendedProperties: { ...service.extendedProperties },
        },
    };
    if (withDeployments) model.deployments = service.deployments.map((d) => deploymentView(service, d));
    return model;
}
