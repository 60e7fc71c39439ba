import { addOsImageRequest, osImageDocument, osImagesDocument } from '../models/osImage';
import { imageNameParam } from '../models/common';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

const resource = 'osImages';
const base = '/{subscriptionId}/services/images';

export const addOsImage = defineOperation({
    name: 'addOsImage',
    summary: 'Registers a VHD blob as an OS image; answers 200 with the image ASM completed (category, size, state).',
    resource,
    method: 'POST',
    path: base,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    request: addOsImageRequest,
    response: osImageDocument,
});

export const listOsImages = defineOperation({
    name: 'listOsImages',
    summary: 'Lists the OS images: platform images and the subscription’s own.',
    resource,
    method: 'GET',
    path: base,
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: osImagesDocument,
});

export const getOsImage = defineOperation({
    name: 'getOsImage',
    summary: 'Gets an OS image.',
    resource,
    method: 'GET',
    path: `${base}/{imageName}`,
    pathParams: { imageName: imageNameParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: osImageDocument,
});

export const deleteOsImage = defineOperation({
    name: 'deleteOsImage',
    summary: 'Deletes an OS image; with deleteVhd, also its VHD blob.',
    resource,
    method: 'DELETE',
    path: `${base}/{imageName}`,
    pathParams: { imageName: imageNameParam },
    query: {
        deleteVhd: { mode: 'flag', name: 'comp', value: 'media', description: 'Delete the VHD blob too.' },
    },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
});
