import { roleSizesDocument } from '../models/roleSize';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

export const listRoleSizes = defineOperation({
    name: 'listRoleSizes',
    summary: 'Lists the role sizes (cores, memory, disks) of the subscription.',
    resource: 'roleSizes',
    method: 'GET',
    path: '/{subscriptionId}/rolesizes',
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: roleSizesDocument,
});
