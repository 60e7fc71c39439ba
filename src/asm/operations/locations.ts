import { locationsDocument } from '../models/location';
import { DEFAULT_X_MS_VERSION, defineOperation } from './OperationSpec';

export const listLocations = defineOperation({
    name: 'listLocations',
    summary: 'Lists the locations (regions) available to the subscription, with their services and role sizes.',
    resource: 'locations',
    method: 'GET',
    path: '/{subscriptionId}/locations',
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
    response: locationsDocument,
});
