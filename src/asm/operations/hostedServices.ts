import {
    availabilityResponseDocument,
    createHostedServiceRequest,
    hostedServiceDocument,
    hostedServicesDocument,
    updateHostedServiceRequest,
} from '../models/hostedService';
import { serviceNameParam } from '../models/common';
import { s } from '../schema/schema';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

const resource = 'hostedServices';
const base = '/{subscriptionId}/services/hostedservices';

export const listHostedServices = defineOperation({
    name: 'listHostedServices',
    summary: 'Lists the cloud services of the subscription.',
    resource,
    method: 'GET',
    path: base,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: hostedServicesDocument,
});

export const getHostedServiceProperties = defineOperation({
    name: 'getHostedServiceProperties',
    summary: 'Gets a cloud service; with embedDetail, its deployments too.',
    resource,
    method: 'GET',
    path: `${base}/{serviceName}`,
    pathParams: { serviceName: serviceNameParam },
    query: {
        embedDetail: { mode: 'value', name: 'embed-detail', field: s.bool('embedDetail', { description: 'Include deployments.' }) },
    },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: hostedServiceDocument,
});

export const createHostedService = defineOperation({
    name: 'createHostedService',
    summary: 'Creates a cloud service in a location or an affinity group.',
    resource,
    method: 'POST',
    path: base,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [201],
    async: false,
    request: createHostedServiceRequest,
});

export const updateHostedService = defineOperation({
    name: 'updateHostedService',
    summary: 'Updates the label, description or extended properties of a cloud service.',
    resource,
    method: 'PUT',
    path: `${base}/{serviceName}`,
    pathParams: { serviceName: serviceNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    request: updateHostedServiceRequest,
});

export const deleteHostedService = defineOperation({
    name: 'deleteHostedService',
    summary: 'Deletes a cloud service (it must have no deployments); with complete, also its deployments, disks and blobs.',
    resource,
    method: 'DELETE',
    path: `${base}/{serviceName}`,
    pathParams: { serviceName: serviceNameParam },
    query: {
        complete: { mode: 'flag', name: 'comp', value: 'media', description: 'Delete deployments, OS/data disks and their blobs too (asynchronous).' },
    },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200, 202],
    async: 'whenFlag:complete',
});

export const checkHostedServiceNameAvailability = defineOperation({
    name: 'checkHostedServiceNameAvailability',
    summary: 'Checks whether a cloud service name is free.',
    resource,
    method: 'GET',
    path: `${base}/operations/isavailable/{serviceName}`,
    pathParams: { serviceName: serviceNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: availabilityResponseDocument,
});
