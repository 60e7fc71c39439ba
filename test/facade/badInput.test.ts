import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { validateModel } from '../../src/asm/schema/validate';
import { MAX_BODY_BYTES } from '../../src/facade/input/readBodyBytes';
import { problemSchema } from '../../src/facade/schemas/problemSchema';
import { type CallInit, type FacadeHarness, startFacade } from './helpers/facadeHarness';
import { FACADE_SEED, LOCATION, linuxVmBody, UBUNTU, blob } from './helpers/facadeSeed';

let h: FacadeHarness;
before(async () => {
    h = await startFacade({ emulator: { seed: FACADE_SEED } });
});
after(async () => {
    await h.close();
});

interface BadCase {
    readonly name: string;
    readonly op: string;
    readonly init: CallInit;
    readonly status: number;
    /** The field the detail must name first (and errors must list). */
    readonly field?: string;
    readonly code?: string;
}

const service = { label: 'x', location: LOCATION };
const role = { serviceName: 'facade-vms', deploymentName: 'vm-dep', roleName: 'vm1' };

const CASES: readonly BadCase[] = [
    // malformed bodies and wrong media types
    { name: 'malformed JSON', op: 'createHostedService', init: { text: '{"serviceName": "a", ', headers: { 'content-type': 'application/json' } }, status: 400, field: 'body', code: 'MalformedJson' },
    { name: 'JSON with a trailing comma', op: 'createHostedService', init: { text: '{"serviceName": "a",}', headers: { 'content-type': 'application/json' } }, status: 400, field: 'body', code: 'MalformedJson' },
    { name: 'not UTF-8', op: 'createHostedService', init: { bytes: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), headers: { 'content-type': 'application/json' } }, status: 400, field: 'body' },
    { name: 'body is an array', op: 'createHostedService', init: { json: [] }, status: 400, field: 'body' },
    { name: 'body is null', op: 'createHostedService', init: { json: null }, status: 400, field: 'body' },
    { name: 'body is a string', op: 'createHostedService', init: { json: 'hello' }, status: 400, field: 'body' },
    { name: 'text/plain', op: 'createHostedService', init: { text: JSON.stringify({ serviceName: 'a', ...service }), headers: { 'content-type': 'text/plain' } }, status: 415, field: 'header.content-type', code: 'UnsupportedMediaType' },
    { name: 'no content type (text/plain by default)', op: 'createHostedService', init: { text: JSON.stringify({ serviceName: 'a', ...service }) }, status: 415, field: 'header.content-type' },
    { name: 'XML instead of JSON', op: 'createHostedService', init: { text: '<CreateHostedService/>', headers: { 'content-type': 'application/xml' } }, status: 415 },
    { name: 'a charset other than UTF-8', op: 'createHostedService', init: { text: '{}', headers: { 'content-type': 'application/json; charset=iso-8859-1' } }, status: 415 },
    { name: 'an oversized body', op: 'createHostedService', init: { json: { serviceName: 'a', ...service, description: 'x'.repeat(MAX_BODY_BYTES) } }, status: 413, field: 'body', code: 'RequestBodyTooLarge' },
    { name: 'a Content-Length over the limit', op: 'updateHostedService', init: { params: { serviceName: 'facade-pkg' }, json: {}, headers: { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) } }, status: 413 },
    { name: 'a body where none is taken', op: 'deleteHostedService', init: { params: { serviceName: 'facade-empty' }, json: { force: true } }, status: 400, field: 'body', code: 'UnexpectedBody' },
    { name: 'no body where one is required', op: 'createHostedService', init: {}, status: 400, field: 'body' },
    // fields: types, required, unknown, enums, lengths, nesting
    { name: 'a wrong type', op: 'createHostedService', init: { json: { serviceName: 42, ...service } }, status: 400, field: 'body.serviceName' },
    { name: 'a boolean as a string', op: 'createDeployment', init: { params: { serviceName: 'facade-empty', deploymentSlot: 'production' }, json: { name: 'd', packageUrl: blob('p.cspkg'), label: 'l', configuration: 'c', startDeployment: 'yes' } }, status: 400, field: 'body.startDeployment' },
    { name: 'a missing required field', op: 'createHostedService', init: { json: service }, status: 400, field: 'body.serviceName' },
    { name: 'an unknown field', op: 'createHostedService', init: { json: { serviceName: 'a', ...service, colour: 'red' } }, status: 400, field: 'body.colour' },
    { name: 'a __proto__ key', op: 'createHostedService', init: { text: '{"serviceName":"a","label":"x","location":"West US","__proto__":{"polluted":true}}', headers: { 'content-type': 'application/json' } }, status: 400, field: 'body.__proto__' },
    { name: 'a pinned field', op: 'shutdownRole', init: { params: role, json: { operationType: 'ShutdownRoleOperation' } }, status: 400, field: 'body.operationType' },
    { name: 'a value outside the enum', op: 'updateDeploymentStatus', init: { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-prod' }, json: { status: 'Paused' } }, status: 400, field: 'body.status' },
    { name: 'a label over 100 characters', op: 'createHostedService', init: { json: { serviceName: 'a', ...service, label: 'l'.repeat(101) } }, status: 400, field: 'body.label' },
    { name: 'a control character in a label', op: 'createHostedService', init: { json: { serviceName: 'a', ...service, label: 'bell\u0007' } }, status: 400, field: 'body.label' },
    { name: 'an unpaired surrogate in a description', op: 'createHostedService', init: { text: '{"serviceName":"a","label":"x","location":"West US","description":"\\ud800"}', headers: { 'content-type': 'application/json' } }, status: 400, field: 'body.description' },
    { name: 'a nested field breaking a rule', op: 'createVirtualMachineDeployment', init: { params: { serviceName: 'facade-empty' }, json: { ...linuxVmBody('vm-x', { osImage: UBUNTU, mediaLink: blob('x.vhd') }), roleList: [{ roleName: 'bad name' }] } }, status: 400, field: 'body.roleList[0].roleName' },
    { name: 'extended property values that are not strings', op: 'createHostedService', init: { json: { serviceName: 'a', ...service, extendedProperties: { n: 1 } } }, status: 400, field: 'body.extendedProperties.n' },
    // names breaking ASM's rules, in bodies and paths
    { name: 'a service name with a leading hyphen', op: 'createHostedService', init: { json: { serviceName: '-svc', ...service } }, status: 400, field: 'body.serviceName' },
    { name: 'a service name of 64 characters', op: 'createHostedService', init: { json: { serviceName: 'a'.repeat(64), ...service } }, status: 400, field: 'body.serviceName' },
    { name: 'a service name with an underscore', op: 'createHostedService', init: { json: { serviceName: 'my_service', ...service } }, status: 400, field: 'body.serviceName' },
    { name: 'an upper-case storage account name', op: 'createStorageAccount', init: { json: { serviceName: 'MyStorage', label: 'x', location: LOCATION } }, status: 400, field: 'body.serviceName' },
    { name: 'a storage account name of 2 characters', op: 'getStorageAccountProperties', init: { params: { serviceName: 'ab' } }, status: 400, field: 'path.serviceName' },
    { name: 'XML metacharacters in a body name', op: 'createHostedService', init: { json: { serviceName: '<svc>&', ...service } }, status: 400, field: 'body.serviceName' },
    { name: 'XML metacharacters in a path name', op: 'getHostedServiceProperties', init: { params: { serviceName: 'a<b>&c' } }, status: 400, field: 'path.serviceName' },
    { name: 'a quote in a role name', op: 'startRole', init: { params: { ...role, roleName: 'vm1"' } }, status: 400, field: 'path.roleName' },
    // path traversal
    { name: '..', op: 'getHostedServiceProperties', init: { params: { serviceName: '..' } }, status: 400, field: 'path.serviceName' },
    { name: '../ in a name', op: 'deleteHostedService', init: { params: { serviceName: '../subscriptions' } }, status: 400, field: 'path.serviceName' },
    { name: '..%2F (encoded traversal)', op: 'getHostedServiceProperties', init: { params: { serviceName: '..%2Fx' } }, status: 400, field: 'path.serviceName' },
    { name: '%2e%2e', op: 'getOsImage', init: { params: { imageName: '%2e%2e' } }, status: 400, field: 'path.imageName' },
    { name: 'an encoded slash in a name', op: 'getDeploymentByName', init: { params: { serviceName: 'facade-pkg', deploymentName: 'a%2Fb' } }, status: 400, field: 'path.deploymentName' },
    { name: 'a slash in a name', op: 'getDeploymentByName', init: { params: { serviceName: 'facade-pkg', deploymentName: 'a/b' } }, status: 400, field: 'path.deploymentName' },
    { name: 'an image name starting with dots', op: 'deleteOsImage', init: { params: { imageName: '../etc' } }, status: 400, field: 'path.imageName' },
    { name: 'a backslash traversal', op: 'deleteVmImage', init: { params: { vmImageName: '..\\x' } }, status: 400, field: 'path.vmImageName' },
    { name: 'a deployment slot that is not one', op: 'getDeploymentBySlot', init: { params: { serviceName: 'facade-pkg', deploymentSlot: 'prod' } }, status: 400, field: 'path.deploymentSlot' },
    { name: 'a request id that is not one', op: 'getOperationStatus', init: { params: { requestId: 'not-an-id' } }, status: 400, field: 'path.requestId' },
    // query parameters
    { name: 'an unknown query parameter', op: 'listHostedServices', init: { query: 'top=5' }, status: 400, field: 'query.top' },
    { name: 'a flag that is not a boolean', op: 'getHostedServiceProperties', init: { params: { serviceName: 'facade-pkg' }, query: 'embedDetail=yes' }, status: 400, field: 'query.embedDetail' },
    { name: 'a repeated query parameter', op: 'getHostedServiceProperties', init: { params: { serviceName: 'facade-pkg' }, query: 'embedDetail=true&embedDetail=false' }, status: 400, field: 'query.embedDetail' },
    { name: 'wait on a synchronous operation', op: 'listLocations', init: { query: 'wait=true' }, status: 400, field: 'query.wait' },
    { name: 'wait that is not a boolean', op: 'deleteDeployment', init: { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-prod' }, query: 'wait=1' }, status: 400, field: 'query.wait' },
    { name: 'deleteVhd that is not a boolean', op: 'deleteDeployment', init: { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-prod' }, query: 'deleteVhd=TRUE' }, status: 400, field: 'query.deleteVhd' },
];

test('bad input is a problem+json naming the field, and never reaches ASM', async (t) => {
    for (const c of CASES) {
        await t.test(`${c.op}: ${c.name} → ${c.status}`, async () => {
            const before = h.asmCalls();
            const res = await h.call(c.op, c.init);
            assert.equal(res.status, c.status, JSON.stringify(res.body));
            assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
            assert.deepEqual(validateModel(problemSchema, res.body, 'problem'), [], 'a problem document');
            const problem = res.body as { status: number; detail: string; code: string; errors?: { path: string }[]; operationId: string; instance: string };
            assert.equal(problem.status, c.status);
            assert.equal(problem.operationId, c.op);
            assert.ok(!problem.instance.includes('?'), 'the instance never carries the query');
            if (c.field !== undefined) {
                assert.ok(problem.detail.startsWith(`${c.field}:`), `detail names ${c.field}: ${problem.detail}`);
                assert.ok(problem.errors?.some((e) => e.path === c.field), `errors list ${c.field}`);
            }
            if (c.code !== undefined) assert.equal(problem.code, c.code);
            assert.equal(h.asmCalls(), before, 'no ASM call was made');
        });
    }
    assert.equal(h.asmCalls(), 0);
});

test('every issue is listed, the detail names the first', async () => {
    const res = await h.call('createHostedService', { json: { serviceName: '-x', label: 'l'.repeat(101), colour: 'red' } });
    assert.equal(res.status, 400);
    const problem = res.body as { detail: string; errors: { path: string; message: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.path), ['body.colour', 'body.serviceName', 'body.label']);
    assert.equal(problem.detail, 'body.colour: is not a known field (and 2 more issues)');
    assert.equal(h.asmCalls(), 0);
});

test('path and query issues are reported together, before the body is read', async () => {
    const res = await h.call('updateHostedService', { params: { serviceName: '..' }, query: 'x=1', text: 'not json', headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 400);
    assert.deepEqual((res.body as { errors: { path: string }[] }).errors.map((e) => e.path), ['path.serviceName', 'query.x']);
    assert.equal(h.asmCalls(), 0);
});

test('labels with <&>"\' round-trip safely (escaped in XML); the function key query parameter is ignored', async () => {
    const label = `<Label attr="1"> & 'quoted' </Label>]]>`;
    const created = await h.call('createHostedService', { json: { serviceName: 'facade-xml', label, description: '<!DOCTYPE x [<!ENTITY y "z">]> &y;', location: LOCATION } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const got = await h.call('getHostedServiceProperties', { params: { serviceName: 'facade-xml' }, query: 'code=some-function-key' });
    assert.equal(got.status, 200);
    const props = (got.body as { hostedServiceProperties: { label: string; description: string } }).hostedServiceProperties;
    assert.equal(props.label, label);
    assert.equal(props.description, '<!DOCTYPE x [<!ENTITY y "z">]> &y;');
    const vm = await h.call('createVirtualMachineDeployment', {
        params: { serviceName: 'facade-xml' },
        json: { ...linuxVmBody('facade-xml', { osImage: UBUNTU, mediaLink: blob('facade-xml.vhd') }), label: 'a <plain> & "label"' },
        query: 'wait=true',
    });
    assert.equal(vm.status, 200, JSON.stringify(vm.body));
    const dep = await h.call('getDeploymentByName', { params: { serviceName: 'facade-xml', deploymentName: 'facade-xml' } });
    assert.equal((dep.body as { label: string }).label, 'a <plain> & "label"');
});
