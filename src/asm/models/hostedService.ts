import { extendedProperties, type Infer, s } from '../schema/schema';
import { deploymentSchema } from './deployment';
import { label, RESOURCE_NAME_PATTERN } from './common';
import { computeCapabilitiesSchema } from './location';

export const hostedServicePropertiesSchema = s.object('HostedServiceProperties', {
    description: s.string('Description', { nil: true }),
    affinityGroup: s.string('AffinityGroup'),
    location: s.string('Location'),
    label: label(),
    status: s.string('Status'),
    dateCreated: s.string('DateCreated', { format: 'date-time' }),
    dateLastModified: s.string('DateLastModified', { format: 'date-time' }),
    extendedProperties: extendedProperties(),
    reverseDnsFqdn: s.string('ReverseDnsFqdn'),
});

export const hostedServiceSchema = s.object('HostedService', {
    url: s.string('Url', { format: 'uri' }),
    serviceName: s.string('ServiceName', { required: true }),
    hostedServiceProperties: hostedServicePropertiesSchema,
    deployments: s.list('Deployments', 'Deployment', deploymentSchema),
    /** Role sizes the service can use; present in list responses. */
    computeCapabilities: computeCapabilitiesSchema,
});

export const hostedServiceDocument = s.document('HostedService', hostedServiceSchema.fields);
export const hostedServicesDocument = s.listDocument('HostedServices', 'HostedService', hostedServiceSchema);

export type HostedService = Infer<typeof hostedServiceSchema>;
export type HostedServiceProperties = Infer<typeof hostedServicePropertiesSchema>;

/** Body of CreateHostedService: exactly one of location and affinityGroup (checked by the operation). */
export const createHostedServiceRequest = s.document('CreateHostedService', {
    serviceName: s.string('ServiceName', { required: true, pattern: RESOURCE_NAME_PATTERN, minLength: 1, maxLength: 63 }),
    label: label(true),
    description: s.string('Description', { maxLength: 1024 }),
    location: s.string('Location', { maxLength: 100 }),
    affinityGroup: s.string('AffinityGroup', { maxLength: 100 }),
    extendedProperties: extendedProperties(),
});

export const updateHostedServiceRequest = s.document('UpdateHostedService', {
    label: label(),
    description: s.string('Description', { maxLength: 1024 }),
    extendedProperties: extendedProperties(),
});

export const availabilityResponseDocument = s.document('AvailabilityResponse', {
    result: s.bool('Result', { required: true }),
    reason: s.string('Reason', { nil: true }),
});
export type AvailabilityResponse = Infer<typeof availabilityResponseDocument>;
