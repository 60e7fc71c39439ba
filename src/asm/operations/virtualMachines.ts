import { restartRoleRequest, shutdownRoleRequest, startRoleRequest, virtualMachineDeploymentRequest } from '../models/virtualMachine';
import { deploymentNameParam, roleNameParam, serviceNameParam } from '../models/common';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

const resource = 'virtualMachines';
const service = '/{subscriptionId}/services/hostedservices/{serviceName}';
/** The role operations share this path and differ by the body's root element. */
const roleOperations = `${service}/deployments/{deploymentName}/roleinstances/{roleName}/Operations`;
const rolePathParams = { serviceName: serviceNameParam, deploymentName: deploymentNameParam, roleName: roleNameParam };

export const createVirtualMachineDeployment = defineOperation({
    name: 'createVirtualMachineDeployment',
    summary: 'Creates a deployment with one virtual machine (from an OS image, a VHD or a VM image) in a cloud service.',
    resource,
    method: 'POST',
    path: `${service}/deployments`,
    pathParams: { serviceName: serviceNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: virtualMachineDeploymentRequest,
});

export const shutdownRole = defineOperation({
    name: 'shutdownRole',
    summary: 'Shuts a virtual machine down; StoppedDeallocated also releases its compute resources.',
    resource,
    method: 'POST',
    path: roleOperations,
    pathParams: rolePathParams,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: shutdownRoleRequest,
    requestConstants: { operationType: 'ShutdownRoleOperation' },
});

export const startRole = defineOperation({
    name: 'startRole',
    summary: 'Starts a stopped virtual machine.',
    resource,
    method: 'POST',
    path: roleOperations,
    pathParams: rolePathParams,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: startRoleRequest,
    requestConstants: { operationType: 'StartRoleOperation' },
});

export const restartRole = defineOperation({
    name: 'restartRole',
    summary: 'Restarts a virtual machine.',
    resource,
    method: 'POST',
    path: roleOperations,
    pathParams: rolePathParams,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: restartRoleRequest,
    requestConstants: { operationType: 'RestartRoleOperation' },
});
