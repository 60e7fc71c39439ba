import {
    changeConfigurationRequest,
    createDeploymentRequest,
    deploymentDocument,
    swapDeploymentRequest,
    updateDeploymentStatusRequest,
} from '../models/deployment';
import { deploymentNameParam, deploymentSlotParam, serviceNameParam } from '../models/common';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

const resource = 'deployments';
const service = '/{subscriptionId}/services/hostedservices/{serviceName}';
const bySlot = `${service}/deploymentslots/{deploymentSlot}`;
const byName = `${service}/deployments/{deploymentName}`;
/** Python addresses the `?comp=` suffix operations as `…/deployments/{name}/?comp=…` (note the slash). */
const byNameSuffix = `${byName}/`;

export const createDeployment = defineOperation({
    name: 'createDeployment',
    summary: 'Uploads a package and its configuration as a new deployment in a slot of a cloud service.',
    resource,
    method: 'POST',
    path: bySlot,
    pathParams: { serviceName: serviceNameParam, deploymentSlot: deploymentSlotParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: createDeploymentRequest,
});

export const getDeploymentBySlot = defineOperation({
    name: 'getDeploymentBySlot',
    summary: 'Gets the deployment in a slot (production or staging) of a cloud service.',
    resource,
    method: 'GET',
    path: bySlot,
    pathParams: { serviceName: serviceNameParam, deploymentSlot: deploymentSlotParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: deploymentDocument,
});

export const getDeploymentByName = defineOperation({
    name: 'getDeploymentByName',
    summary: 'Gets a deployment of a cloud service by name.',
    resource,
    method: 'GET',
    path: byName,
    pathParams: { serviceName: serviceNameParam, deploymentName: deploymentNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: deploymentDocument,
});

export const deleteDeployment = defineOperation({
    name: 'deleteDeployment',
    summary: 'Deletes a deployment; with deleteVhd, also its OS and data disks and their VHD blobs.',
    resource,
    method: 'DELETE',
    path: byName,
    pathParams: { serviceName: serviceNameParam, deploymentName: deploymentNameParam },
    query: {
        deleteVhd: { mode: 'flag', name: 'comp', value: 'media', description: 'Delete the disks and their VHD blobs too.' },
    },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
});

export const updateDeploymentStatus = defineOperation({
    name: 'updateDeploymentStatus',
    summary: 'Starts (Running) or stops (Suspended) a deployment.',
    resource,
    method: 'POST',
    path: byNameSuffix,
    fixedQuery: { comp: 'status' },
    pathParams: { serviceName: serviceNameParam, deploymentName: deploymentNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: updateDeploymentStatusRequest,
});

export const changeDeploymentConfiguration = defineOperation({
    name: 'changeDeploymentConfiguration',
    summary: 'Replaces the service configuration (.cscfg) of a deployment.',
    resource,
    method: 'POST',
    path: byNameSuffix,
    fixedQuery: { comp: 'config' },
    pathParams: { serviceName: serviceNameParam, deploymentName: deploymentNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: changeConfigurationRequest,
});

export const swapDeployment = defineOperation({
    name: 'swapDeployment',
    summary: 'Swaps the production and staging deployments of a cloud service (VIP swap).',
    resource,
    method: 'POST',
    path: service,
    pathParams: { serviceName: serviceNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: swapDeploymentRequest,
});
