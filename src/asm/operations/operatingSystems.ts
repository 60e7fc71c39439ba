import { operatingSystemFamiliesDocument, operatingSystemsDocument } from '../models/operatingSystem';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

const resource = 'operatingSystems';

export const listOperatingSystems = defineOperation({
    name: 'listOperatingSystems',
    summary: 'Lists the guest OS releases available to cloud service roles.',
    resource,
    method: 'GET',
    path: '/{subscriptionId}/operatingsystems',
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: operatingSystemsDocument,
});

export const listOperatingSystemFamilies = defineOperation({
    name: 'listOperatingSystemFamilies',
    summary: 'Lists the guest OS families and the releases in each.',
    resource,
    method: 'GET',
    path: '/{subscriptionId}/operatingsystemfamilies',
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: operatingSystemFamiliesDocument,
});
