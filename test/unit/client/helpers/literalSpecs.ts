import { DEFAULT_X_MS_VERSION, type OperationSpec } from '../../../../src/asm/operations/OperationSpec';
import { s } from '../../../../src/asm/schema/schema';

const name = (xml: string) => s.string(xml, { required: true });

/**
 * Specs written as literals (`as const satisfies OperationSpec`), as they look once defineOperation keeps the
 * literal type: they exercise the exact typing and shapes the first catalogue entries do not have yet
 * (async: true, requestConstants, several path parameters, value query parameters).
 */
export const literalSpecs = {
    rebootRoleInstance: {
        name: 'rebootRoleInstance',
        summary: 'Reboots a role instance.',
        resource: 'roleInstances',
        method: 'POST',
        path: '/{subscriptionId}/services/hostedservices/{serviceName}/deployments/{deploymentName}/roleinstances/{roleInstanceName}',
        fixedQuery: { comp: 'reboot' },
        pathParams: { serviceName: name('serviceName'), deploymentName: name('deploymentName'), roleInstanceName: name('roleInstanceName') },
        xMsVersion: DEFAULT_X_MS_VERSION,
        statuses: [202],
        async: true,
    },
    deleteHostedService: {
        name: 'deleteHostedService',
        summary: 'Deletes a cloud service.',
        resource: 'hostedServices',
        method: 'DELETE',
        path: '/{subscriptionId}/services/hostedservices/{serviceName}',
        pathParams: { serviceName: name('serviceName') },
        query: { complete: { mode: 'flag', name: 'comp', value: 'media' } },
        xMsVersion: DEFAULT_X_MS_VERSION,
        statuses: [200, 202],
        async: 'whenFlag:complete',
    },
    shutdownRole: {
        name: 'shutdownRole',
        summary: 'Shuts a role down.',
        resource: 'roles',
        method: 'POST',
        path: '/{subscriptionId}/services/hostedservices/{serviceName}/deployments/{deploymentName}/roleinstances/{roleName}/Operations',
        pathParams: { serviceName: name('serviceName'), deploymentName: name('deploymentName'), roleName: name('roleName') },
        xMsVersion: DEFAULT_X_MS_VERSION,
        statuses: [202],
        async: true,
        request: s.document('ShutdownRoleOperation', {
            operationType: s.string('OperationType', { required: true }),
            postShutdownAction: s.string('PostShutdownAction'),
        }),
        requestConstants: { operationType: 'ShutdownRoleOperation' },
    },
    listVmImages: {
        name: 'listVmImages',
        summary: 'Lists VM images.',
        resource: 'vmImages',
        method: 'GET',
        path: '/{subscriptionId}/services/vmimages',
        query: {
            location: { mode: 'value', name: 'location', field: s.string('location') },
            publisher: { mode: 'value', name: 'publisher', field: s.string('publisher') },
        },
        xMsVersion: '2014-10-01',
        statuses: [200],
        async: false,
        response: s.listDocument('VMImages', 'VMImage', s.object('VMImage', { name: s.string('Name', { required: true }) })),
    },
    regenerateKeys: {
        name: 'regenerateKeys',
        summary: 'Regenerates a storage key.',
        resource: 'storageServices',
        method: 'POST',
        path: '/{subscriptionId}/services/storageservices/{serviceName}/keys?action=regenerate',
        pathParams: { serviceName: name('serviceName') },
        xMsVersion: DEFAULT_X_MS_VERSION,
        statuses: [200],
        async: false,
        request: s.document('RegenerateKeys', { keyType: s.string('KeyType', { required: true, enum: ['Primary', 'Secondary'] }) }),
    },
} as const satisfies Record<string, OperationSpec>;
