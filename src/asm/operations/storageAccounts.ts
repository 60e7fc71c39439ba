import {
    createStorageServiceRequest,
    regenerateKeysRequest,
    storageServiceDocument,
    storageServicesDocument,
} from '../models/storageService';
import { availabilityResponseDocument } from '../models/hostedService';
import { storageAccountNameParam } from '../models/common';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

const resource = 'storageAccounts';
const base = '/{subscriptionId}/services/storageservices';
const pathParams = { serviceName: storageAccountNameParam };

export const listStorageAccounts = defineOperation({
    name: 'listStorageAccounts',
    summary: 'Lists the storage accounts of the subscription.',
    resource,
    method: 'GET',
    path: base,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: storageServicesDocument,
});

export const getStorageAccountProperties = defineOperation({
    name: 'getStorageAccountProperties',
    summary: 'Gets a storage account: location, endpoints, replication, account type.',
    resource,
    method: 'GET',
    path: `${base}/{serviceName}`,
    pathParams,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: storageServiceDocument,
});

export const getStorageAccountKeys = defineOperation({
    name: 'getStorageAccountKeys',
    summary: 'Gets the primary and secondary access keys of a storage account.',
    resource,
    method: 'GET',
    path: `${base}/{serviceName}/keys`,
    pathParams,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: storageServiceDocument,
});

export const regenerateStorageAccountKeys = defineOperation({
    name: 'regenerateStorageAccountKeys',
    summary: 'Regenerates the primary or secondary access key of a storage account and returns both keys.',
    resource,
    method: 'POST',
    path: `${base}/{serviceName}/keys`,
    fixedQuery: { action: 'regenerate' },
    pathParams,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    request: regenerateKeysRequest,
    response: storageServiceDocument,
});

export const createStorageAccount = defineOperation({
    name: 'createStorageAccount',
    summary: 'Creates a storage account in a location or an affinity group.',
    resource,
    method: 'POST',
    path: base,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: createStorageServiceRequest,
});

export const deleteStorageAccount = defineOperation({
    name: 'deleteStorageAccount',
    summary: 'Deletes a storage account and its data.',
    resource,
    method: 'DELETE',
    path: `${base}/{serviceName}`,
    pathParams,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
});

export const checkStorageAccountNameAvailability = defineOperation({
    name: 'checkStorageAccountNameAvailability',
    summary: 'Checks whether a storage account name is free.',
    resource,
    method: 'GET',
    path: `${base}/operations/isavailable/{serviceName}`,
    pathParams,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: availabilityResponseDocument,
});
