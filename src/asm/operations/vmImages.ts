import { captureRoleAsVmImageRequest, vmImagesDocument } from '../models/vmImage';
import { deploymentNameParam, roleNameParam, serviceNameParam, vmImageNameParam } from '../models/common';
import { s } from '../schema/schema';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

const resource = 'vmImages';
const base = '/{subscriptionId}/services/vmimages';

export const listVmImages = defineOperation({
    name: 'listVmImages',
    summary: 'Lists VM images, optionally only those of a location, a publisher or a category.',
    resource,
    method: 'GET',
    path: base,
    query: {
        location: { mode: 'value', name: 'location', field: s.string('location', { description: 'Location name, e.g. West US.' }) },
        publisher: { mode: 'value', name: 'publisher', field: s.string('publisher', { description: 'Publisher name.' }) },
        category: { mode: 'value', name: 'category', field: s.string('category', { description: 'Public or User.' }) },
    },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: vmImagesDocument,
});

export const deleteVmImage = defineOperation({
    name: 'deleteVmImage',
    summary: 'Deletes a VM image; with deleteVhd, also its disks’ VHD blobs.',
    resource,
    method: 'DELETE',
    path: `${base}/{vmImageName}`,
    pathParams: { vmImageName: vmImageNameParam },
    query: {
        deleteVhd: { mode: 'flag', name: 'comp', value: 'media', description: 'Delete the VHD blobs too.' },
    },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
});

export const captureVmImage = defineOperation({
    name: 'captureVmImage',
    summary: 'Captures a virtual machine (OS and data disks) as a VM image.',
    resource,
    method: 'POST',
    path: '/{subscriptionId}/services/hostedservices/{serviceName}/deployments/{deploymentName}/roleinstances/{roleName}/Operations',
    pathParams: { serviceName: serviceNameParam, deploymentName: deploymentNameParam, roleName: roleNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [202],
    async: true,
    request: captureRoleAsVmImageRequest,
    requestConstants: { operationType: 'CaptureRoleAsVMImageOperation' },
});
