import assert from 'node:assert/strict';
import { test } from 'node:test';

import { matchOperation } from '../../src/asm/operations/matchOperation';

const sub = '/00000000-0000-0000-0000-000000000000';
const name = (method: string, path: string, root?: string) => matchOperation(method, path, root)?.operation.name;

test('method, path and path parameters (URI-decoded; subscription excluded)', () => {
    const m = matchOperation('GET', `${sub}/services/hostedservices/my%20svc/deployments/dep1`);
    assert.equal(m?.operation.name, 'getDeploymentByName');
    assert.deepEqual(m?.pathParams, { serviceName: 'my svc', deploymentName: 'dep1' });
    assert.equal(name('GET', `${sub}/services/hostedservices/svc/deploymentslots/Production`), 'getDeploymentBySlot');
    assert.equal(name('get', `${sub}/locations`), 'listLocations');
});

test('literal segments are case-insensitive and a trailing slash is ignored', () => {
    assert.equal(name('GET', `${sub}/Services/HostedServices/svc`), 'getHostedServiceProperties');
    assert.equal(name('GET', `${sub}/services/hostedservices/`), 'listHostedServices');
    assert.equal(name('GET', `${sub}/rolesizes/`), 'listRoleSizes');
});

test('fixed query pairs select among operations of one path (Python’s `/?comp=` form included)', () => {
    assert.equal(name('POST', `${sub}/services/hostedservices/svc/deployments/dep/?comp=status`), 'updateDeploymentStatus');
    assert.equal(name('POST', `${sub}/services/hostedservices/svc/deployments/dep?comp=config`), 'changeDeploymentConfiguration');
    assert.equal(name('POST', `${sub}/services/hostedservices/svc/deployments/dep/?comp=upgrade`), undefined);
    assert.equal(name('POST', `${sub}/services/storageservices/acct/keys?action=regenerate`), 'regenerateStorageAccountKeys');
    assert.equal(name('POST', `${sub}/services/storageservices/acct/keys`), undefined);
});

test('flag and value query parameters come back under their camelCase names', () => {
    assert.deepEqual(matchOperation('DELETE', `${sub}/services/hostedservices/svc/deployments/dep?comp=media`)?.query, { deleteVhd: true });
    assert.deepEqual(matchOperation('DELETE', `${sub}/services/hostedservices/svc/deployments/dep`)?.query, { deleteVhd: false });
    assert.deepEqual(matchOperation('DELETE', `${sub}/services/hostedservices/svc?comp=media`)?.query, { complete: true });
    assert.deepEqual(matchOperation('GET', `${sub}/services/hostedservices/svc?embed-detail=true`)?.query, { embedDetail: 'true' });
    assert.deepEqual(matchOperation('GET', `${sub}/services/vmimages?location=West%20US&category=Public`)?.query, {
        location: 'West US',
        category: 'Public',
    });
});

test('the body root decides between the role operations sharing one path', () => {
    const path = `${sub}/services/hostedservices/svc/deployments/dep/roleinstances/vm1/Operations`;
    assert.equal(name('POST', path, 'ShutdownRoleOperation'), 'shutdownRole');
    assert.equal(name('POST', path, 'StartRoleOperation'), 'startRole');
    assert.equal(name('POST', path, 'RestartRoleOperation'), 'restartRole');
    assert.equal(name('POST', path, 'CaptureRoleAsVMImageOperation '), 'captureVmImage');
    assert.equal(name('POST', path, 'a:StartRoleOperation'), 'startRole');
    assert.deepEqual(matchOperation('POST', path, 'StartRoleOperation')?.pathParams, { serviceName: 'svc', deploymentName: 'dep', roleName: 'vm1' });
    // A root none of them takes (the legacy CaptureRoleOperation) matches nothing; without a root, one of them.
    assert.equal(name('POST', path, 'CaptureRoleOperation'), undefined);
    assert.ok(['shutdownRole', 'startRole', 'restartRole', 'captureVmImage'].includes(name('POST', path) ?? ''));
});

test('a body root does not stop operations without a request body from matching', () => {
    assert.equal(name('DELETE', `${sub}/services/images/img`, 'Whatever'), 'deleteOsImage');
    assert.equal(name('POST', `${sub}/services/hostedservices`, 'CreateHostedService'), 'createHostedService');
    assert.equal(name('POST', `${sub}/services/hostedservices`, 'CreateStorageServiceInput'), undefined);
});

test('paths the catalogue does not know, other methods and absolute URLs', () => {
    assert.equal(name('GET', `${sub}/services/hostedservices/svc/certificates`), undefined);
    assert.equal(name('GET', `${sub}/services/hostedservices/svc/deployments/dep/roles/vm1`), undefined);
    assert.equal(name('PUT', `${sub}/services/images/img`), undefined);
    assert.equal(name('GET', `${sub}`), undefined);
    assert.equal(name('GET', `https://management.core.windows.net${sub}/operations/26803ab0f361bb8a87b11a2f3b4e8c73`), 'getOperationStatus');
});
