import assert from 'node:assert/strict';
import { test } from 'node:test';

import { operations } from '../../../src/asm/operations/catalogue';
import { AsmValidationError, buildRequest, endpointParts } from '../../../src/client';
import { literalSpecs } from './helpers/literalSpecs';

const target = { subscriptionId: 'sub-1', ...endpointParts('https://management.core.windows.net') };
const NS = 'xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';

test('method, origin, path and headers of a GET without body', () => {
    const req = buildRequest(operations.listHostedServices, {}, target);
    assert.equal(req.method, 'GET');
    assert.equal(req.origin, 'https://management.core.windows.net');
    assert.equal(req.path, '/sub-1/services/hostedservices');
    assert.deepEqual(req.headers, { 'x-ms-version': '2014-10-01', accept: 'application/xml' });
    assert.equal(req.body, undefined);
});

test('query parameters: value, flag set, flag unset, fixed and inline pairs', () => {
    const table: [string, ReturnType<typeof buildRequest>, string][] = [
        ['value true', buildRequest(operations.getHostedServiceProperties, { serviceName: 'svc', embedDetail: true }, target), '/sub-1/services/hostedservices/svc?embed-detail=true'],
        ['value false', buildRequest(operations.getHostedServiceProperties, { serviceName: 'svc', embedDetail: false }, target), '/sub-1/services/hostedservices/svc?embed-detail=false'],
        ['value absent', buildRequest(operations.getHostedServiceProperties, { serviceName: 'svc' }, target), '/sub-1/services/hostedservices/svc'],
        ['flag set', buildRequest(operations.deleteHostedService, { serviceName: 'svc', complete: true }, target), '/sub-1/services/hostedservices/svc?comp=media'],
        ['flag false', buildRequest(operations.deleteHostedService, { serviceName: 'svc', complete: false }, target), '/sub-1/services/hostedservices/svc'],
        ['fixed', buildRequest(literalSpecs.rebootRoleInstance, { serviceName: 's', deploymentName: 'd', roleInstanceName: 'r_IN_0' }, target), '/sub-1/services/hostedservices/s/deployments/d/roleinstances/r_IN_0?comp=reboot'],
        ['space as %20', buildRequest(literalSpecs.listVmImages, { location: 'West US', publisher: 'A&B' }, target), '/sub-1/services/vmimages?location=West%20US&publisher=A%26B'],
        ['inline query in the template', buildRequest(literalSpecs.regenerateKeys, { serviceName: 'st1', keyType: 'Primary' }, target), '/sub-1/services/storageservices/st1/keys?action=regenerate'],
    ];
    for (const [name, req, path] of table) assert.equal(req.path, path, name);
});

test('path parameters are encoded as one segment; dot segments and missing values are refused', () => {
    // literal spec without patterns, so that every character reaches the encoder
    const path = (roleInstanceName: string) =>
        buildRequest(literalSpecs.rebootRoleInstance, { serviceName: 's', deploymentName: 'd', roleInstanceName }, target).path;
    const prefix = '/sub-1/services/hostedservices/s/deployments/d/roleinstances/';
    assert.equal(path('a b'), `${prefix}a%20b?comp=reboot`);
    assert.equal(path('a/../b?c#d&e=f'), `${prefix}a%2F..%2Fb%3Fc%23d%26e%3Df?comp=reboot`);
    assert.equal(path('ünï%'), `${prefix}%C3%BCn%C3%AF%25?comp=reboot`);
    for (const bad of ['..', '.', '']) {
        assert.throws(() => path(bad), (err: unknown) => err instanceof AsmValidationError && err.field === 'roleInstanceName', JSON.stringify(bad));
    }
});

test('parameters are validated with the catalogue schemas before anything is built', () => {
    const table: [string, () => unknown, string, RegExp][] = [
        ['path pattern', () => buildRequest(operations.getHostedServiceProperties, { serviceName: 'a/b' }, target), 'serviceName', /must match the pattern/],
        ['path dot segment', () => buildRequest(operations.getHostedServiceProperties, { serviceName: '..' }, target), 'serviceName', /must match the pattern/],
        ['missing path param', () => buildRequest(operations.getHostedServiceProperties, {} as never, target), 'serviceName', /is required/],
        ['missing body field', () => buildRequest(operations.createHostedService, { serviceName: 'svc' } as never, target), 'label', /is required/],
        ['body field too long', () => buildRequest(operations.updateHostedService, { serviceName: 'svc', description: 'x'.repeat(1025) }, target), 'description', /at most 1024/],
        ['body field type', () => buildRequest(operations.updateHostedService, { serviceName: 'svc', extendedProperties: { a: 1 } } as never, target), 'extendedProperties.a', /must be a string/],
        ['query value type', () => buildRequest(operations.getHostedServiceProperties, { serviceName: 'svc', embedDetail: 'yes' } as never, target), 'embedDetail', /must be a boolean/],
    ];
    for (const [name, build, field, message] of table) {
        assert.throws(build, (err: unknown) => err instanceof AsmValidationError && err.field === field && message.test(err.message), name);
    }
    const many = (() => {
        try {
            buildRequest(operations.createHostedService, { serviceName: '-bad', description: 'x'.repeat(2000) } as never, target);
        } catch (err) {
            return err;
        }
        return undefined;
    })();
    assert.ok(many instanceof AsmValidationError);
    assert.deepEqual(many.issues.map((i) => i.path), ['serviceName', 'label', 'description']);
    assert.match(many.message, /^createHostedService: serviceName: must match the pattern .* \(and 2 more\)$/);
    assert.ok(!many.message.includes('xxxx'), 'rejected values are not echoed');
});

test('the request body is the top-level fields of the request document, in schema order, with Content-Type', () => {
    const req = buildRequest(operations.createHostedService, { location: 'West US', label: 'mylabel', serviceName: 'svc1', description: 'a<b' }, target);
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/sub-1/services/hostedservices');
    assert.equal(req.headers['content-type'], 'application/xml');
    assert.equal(
        req.body,
        `<CreateHostedService ${NS}><ServiceName>svc1</ServiceName><Label>bXlsYWJlbA==</Label><Description>a&lt;b</Description><Location>West US</Location></CreateHostedService>`,
    );
});

test('path parameters and body fields share the flattened params (updateHostedService)', () => {
    const req = buildRequest(operations.updateHostedService, { serviceName: 'svc1', description: 'd', extendedProperties: { k: 'v' } }, target);
    assert.equal(req.method, 'PUT');
    assert.equal(req.path, '/sub-1/services/hostedservices/svc1');
    assert.equal(
        req.body,
        `<UpdateHostedService ${NS}><Description>d</Description><ExtendedProperties><ExtendedProperty><Name>k</Name><Value>v</Value></ExtendedProperty></ExtendedProperties></UpdateHostedService>`,
    );
});

test('requestConstants are pinned into the body, by camelCase or XML name; a different caller value is refused', () => {
    const params = { serviceName: 's', deploymentName: 'd', roleName: 'r', postShutdownAction: 'StoppedDeallocated' };
    const expected = `<ShutdownRoleOperation ${NS}><OperationType>ShutdownRoleOperation</OperationType><PostShutdownAction>StoppedDeallocated</PostShutdownAction></ShutdownRoleOperation>`;
    assert.equal(buildRequest(literalSpecs.shutdownRole, params, target).body, expected);
    const xmlKeyed = { ...literalSpecs.shutdownRole, requestConstants: { OperationType: 'ShutdownRoleOperation' } };
    assert.equal(buildRequest(xmlKeyed, params, target).body, expected);
    assert.throws(
        () => buildRequest(literalSpecs.shutdownRole, { ...params, operationType: 'StartRoleOperation' } as never, target),
        (err: unknown) => err instanceof AsmValidationError && err.field === 'operationType',
    );
    const broken = { ...literalSpecs.shutdownRole, requestConstants: { nope: 'x' } };
    assert.throws(() => buildRequest(broken, params, target), /requestConstants\.nope/);
});

test('unknown parameter names are refused before anything is sent', () => {
    assert.throws(
        () => buildRequest(operations.getHostedServiceProperties, { servicename: 'svc' } as never, target),
        (err: unknown) => err instanceof AsmValidationError && err.field === 'servicename' && /expected: serviceName, embedDetail/.test(err.message),
    );
    assert.throws(() => buildRequest(operations.deleteHostedService, { serviceName: 's', complete: 'yes' } as never, target), /complete: must be a boolean/);
});

test('an endpoint with a base path and a trailing slash', () => {
    const req = buildRequest(operations.listHostedServices, {}, { ...target, ...endpointParts('https://127.0.0.1:8443/asm/') });
    assert.equal(req.origin, 'https://127.0.0.1:8443');
    assert.equal(req.path, '/asm/sub-1/services/hostedservices');
});
