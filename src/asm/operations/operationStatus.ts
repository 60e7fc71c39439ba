import { operationDocument } from '../models/operationStatus';
import { requestIdParam } from '../models/common';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

export const getOperationStatus = defineOperation({
    name: 'getOperationStatus',
    summary: 'Gets the status of an asynchronous operation by the x-ms-request-id it was answered with.',
    resource: 'operations',
    method: 'GET',
    path: '/{subscriptionId}/operations/{requestId}',
    pathParams: { requestId: requestIdParam },
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: operationDocument,
});
