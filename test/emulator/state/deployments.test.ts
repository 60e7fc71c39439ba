import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Deployment } from '../../../src/asm/models/deployment';
import type { HostedService } from '../../../src/asm/models/hostedService';
import { assertAsmError, bodyAs, harness } from './requests';

const cscfg = (instances: number) =>
    '<ServiceConfiguration serviceName="WindowsAzure1" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" osFamily="2" osVersion="*" schemaVersion="2012-05.1.7">\n' +
    `  <Role name="WorkerRole1">\n    <Instances count="${instances}" />\n    <ConfigurationSettings>\n    </ConfigurationSettings>\n  </Role>\n</ServiceConfiguration>`;

function withService(name = 'utsvc74fe1686') {
    const h = harness();
    h.call('createHostedService', { body: { serviceName: name, label: 'label', location: 'West US' } });
    return h;
}

const createPackage = (slot: string, name = 'utdeployment', extra: Record<string, unknown> = {}) => ({
    pathParams: { serviceName: 'utsvc74fe1686', deploymentSlot: slot },
    body: {
        name,
        packageUrl: 'http://storagename.blob.core.windows.net/utctnr74fe1686/utdeploymentBlob',
        label: 'utdeploymentlabel',
        configuration: cscfg(2),
        startDeployment: false,
        treatWarningsAsError: false,
        extendedProperties: { dep1: 'val1', dep2: 'val2' },
        ...extra,
    },
});
const byName = (name = 'utdeployment') => ({ pathParams: { serviceName: 'utsvc74fe1686', deploymentName: name } });
const bySlot = (slot: string) => ({ pathParams: { serviceName: 'utsvc74fe1686', deploymentSlot: slot } });

test('a package deployment is Deploying at once and Suspended (StartDeployment false) when created, as recorded', () => {
    const h = withService();
    h.state.setDefaultOperationDuration(40_000);
    const created = h.call('createDeployment', createPackage('Production'));
    assert.equal(created.status, 202);
    const during = bodyAs<Deployment>(h.call('getDeploymentBySlot', bySlot('production')));
    assert.equal(during.status, 'Deploying');
    assert.deepEqual(during.roleInstanceList?.map((i) => [i.instanceName, i.instanceStatus, i.powerState]), [
        ['WorkerRole1_IN_0', 'CreatingVM', 'Stopped'],
        ['WorkerRole1_IN_1', 'CreatingVM', 'Stopped'],
    ]);
    h.tick(44_000);
    const d = bodyAs<Deployment>(h.call('getDeploymentByName', byName()));
    assert.equal(d.name, 'utdeployment');
    assert.equal(d.deploymentSlot, 'Production');
    assert.match(d.privateId ?? '', /^[0-9a-f]{32}$/);
    assert.equal(d.status, 'Suspended');
    assert.equal(d.label, 'utdeploymentlabel');
    assert.equal(d.url, 'http://utsvc74fe1686.cloudapp.net/');
    assert.equal(d.configuration, cscfg(2));
    assert.equal(d.upgradeDomainCount, 2);
    assert.deepEqual(d.roleInstanceList?.map((i) => [i.instanceName, i.instanceStatus, i.instanceUpgradeDomain, i.instanceFaultDomain, i.instanceSize, i.powerState]), [
        ['WorkerRole1_IN_0', 'StoppedVM', 0, 0, 'Small', 'Stopped'],
        ['WorkerRole1_IN_1', 'StoppedVM', 1, 1, 'Small', 'Stopped'],
    ]);
    assert.equal(d.roleList?.[0]?.roleName, 'WorkerRole1');
    assert.equal(d.roleList?.[0]?.osVersion, 'WA-GUEST-OS-2.40_201506-01');
    assert.equal(d.createdTime, '2015-07-02T16:45:20Z');
    assert.equal(d.lastModifiedTime, '2015-07-02T16:46:00Z');
    assert.deepEqual(d.extendedProperties, { dep1: 'val1', dep2: 'val2' });
    assert.equal(d.locked, false);
    assert.equal(d.rollbackAllowed, false);
    const embedded = bodyAs<HostedService>(h.call('getHostedServiceProperties', { pathParams: { serviceName: 'utsvc74fe1686' }, query: { embedDetail: 'true' } }));
    assert.deepEqual(embedded.deployments?.map((x) => x.name), ['utdeployment']);
});

test('one deployment per slot, unique names, slots case-insensitive; the recorded not-found messages', () => {
    const h = withService();
    h.call('createDeployment', createPackage('production'));
    assertAsmError(() => h.call('createDeployment', createPackage('Production', 'other')), 409, 'ConflictError', 'The specified deployment slot Production is occupied.');
    assertAsmError(() => h.call('createDeployment', createPackage('staging')), 409, 'ConflictError', /'utdeployment' already exists/);
    assertAsmError(() => h.call('getDeploymentBySlot', bySlot('Staging')), 404, 'ResourceNotFound', 'No deployments were found.');
    assertAsmError(() => h.call('getDeploymentByName', byName('123')), 404, 'ResourceNotFound', "The deployment name '123' does not exist.");
    assertAsmError(() => h.call('getDeploymentByName', { pathParams: { serviceName: 'nope', deploymentName: 'x' } }), 404, 'ResourceNotFound', 'The hosted service does not exist.');
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentBySlot', bySlot('PRODUCTION'))).name, 'utdeployment');
});

test('a hosted service with deployments cannot be deleted; with complete it goes, deployments and all', () => {
    const h = withService();
    h.call('createDeployment', createPackage('production'));
    assertAsmError(
        () => h.call('deleteHostedService', { pathParams: { serviceName: 'utsvc74fe1686' } }),
        409,
        'ConflictError',
        'A hosted service cannot be deleted while it still contains deployments.',
    );
    h.state.setDefaultOperationDuration(10_000);
    const deleting = h.call('deleteHostedService', { pathParams: { serviceName: 'utsvc74fe1686' }, query: { complete: true } });
    assert.equal(deleting.status, 202);
    const during = bodyAs<HostedService>(h.call('getHostedServiceProperties', { pathParams: { serviceName: 'utsvc74fe1686' }, query: { embedDetail: 'true' } }));
    assert.equal(during.hostedServiceProperties?.status, 'Deleting');
    assert.equal(during.deployments?.[0]?.status, 'Deleting');
    assertAsmError(() => h.call('deleteDeployment', byName()), 409, 'ConflictError', new RegExp(`x-ms-requestid ${deleting.requestId} on this hosted service`));
    h.tick(10_000);
    assertAsmError(() => h.call('getHostedServiceProperties', { pathParams: { serviceName: 'utsvc74fe1686' } }), 404, 'ResourceNotFound', 'The hosted service does not exist.');
});

test('updateDeploymentStatus: Starting, then Running with ReadyRole instances; Suspended stops them', () => {
    const h = withService();
    h.call('createDeployment', createPackage('production'));
    h.state.setDefaultOperationDuration(1000);
    h.call('updateDeploymentStatus', { ...byName(), body: { status: 'Running' } });
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentByName', byName())).status, 'Starting');
    h.tick(1000);
    const running = bodyAs<Deployment>(h.call('getDeploymentByName', byName()));
    assert.equal(running.status, 'Running');
    assert.deepEqual(running.roleInstanceList?.map((i) => [i.instanceStatus, i.powerState]), [['ReadyRole', 'Started'], ['ReadyRole', 'Started']]);
    h.call('updateDeploymentStatus', { ...byName(), body: { status: 'Suspended' } });
    h.tick(1000);
    const suspended = bodyAs<Deployment>(h.call('getDeploymentByName', byName()));
    assert.equal(suspended.status, 'Suspended');
    assert.deepEqual(suspended.roleInstanceList?.map((i) => i.instanceStatus), ['StoppedVM', 'StoppedVM']);
});

test('changeDeploymentConfiguration replaces the configuration and scales the instances, as recorded', () => {
    const h = withService();
    h.call('createDeployment', createPackage('production'));
    h.state.setDefaultOperationDuration(1000);
    h.call('changeDeploymentConfiguration', { ...byName(), body: { configuration: cscfg(4), treatWarningsAsError: false, mode: 'Auto' } });
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentByName', byName())).status, 'SuspendedTransitioning');
    h.tick(1000);
    const d = bodyAs<Deployment>(h.call('getDeploymentByName', byName()));
    assert.equal(d.status, 'Suspended');
    assert.equal(d.configuration, cscfg(4));
    assert.deepEqual(d.roleInstanceList?.map((i) => i.instanceName), ['WorkerRole1_IN_0', 'WorkerRole1_IN_1', 'WorkerRole1_IN_2', 'WorkerRole1_IN_3']);
    assert.equal(d.upgradeDomainCount, 4);
    assertAsmError(
        () => h.call('changeDeploymentConfiguration', { ...byName(), body: { configuration: cscfg(1).replace('WorkerRole1', 'Ghost') } }),
        400,
        'BadRequest',
        "The role 'Ghost' in the configuration does not exist in the deployment.",
    );
});

test('swap exchanges production and staging', () => {
    const h = withService();
    h.call('createDeployment', createPackage('production', 'blue'));
    h.call('createDeployment', createPackage('staging', 'green'));
    const stagingUrl = bodyAs<Deployment>(h.call('getDeploymentBySlot', bySlot('staging'))).url ?? '';
    assert.match(stagingUrl, /^http:\/\/[0-9a-f]{32}\.cloudapp\.net\/$/);
    h.call('swapDeployment', { pathParams: { serviceName: 'utsvc74fe1686' }, body: { production: 'blue', sourceDeployment: 'green' } });
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentBySlot', bySlot('production'))).name, 'green');
    const staging = bodyAs<Deployment>(h.call('getDeploymentBySlot', bySlot('staging')));
    assert.equal(staging.name, 'blue');
    assert.match(staging.url ?? '', /^http:\/\/[0-9a-f]{32}\.cloudapp\.net\/$/);
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentBySlot', bySlot('production'))).url, 'http://utsvc74fe1686.cloudapp.net/');
    assertAsmError(
        () => h.call('swapDeployment', { pathParams: { serviceName: 'utsvc74fe1686' }, body: { production: 'green', sourceDeployment: 'nope' } }),
        404,
        'ResourceNotFound',
        "The deployment name 'nope' does not exist.",
    );
});

test('a deleted deployment is Deleting until the operation completes, then gone ("No deployments were found.")', () => {
    const h = withService();
    h.call('createDeployment', createPackage('production'));
    h.state.setDefaultOperationDuration(3000);
    const deleting = h.call('deleteDeployment', byName());
    assert.equal(deleting.status, 202);
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentByName', byName())).status, 'Deleting');
    assertAsmError(
        () => h.call('updateDeploymentStatus', { ...byName(), body: { status: 'Running' } }),
        409,
        'ConflictError',
        `Windows Azure is currently performing an operation with x-ms-requestid ${deleting.requestId} on this deployment that requires exclusive access.`,
    );
    h.tick(3000);
    assertAsmError(() => h.call('getDeploymentByName', byName()), 404, 'ResourceNotFound', 'No deployments were found.');
    assert.equal(h.call('deleteHostedService', { pathParams: { serviceName: 'utsvc74fe1686' } }).status, 200);
});
