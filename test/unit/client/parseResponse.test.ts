import assert from 'node:assert/strict';
import { test } from 'node:test';

import { operations } from '../../../src/asm/operations/catalogue';
import { AsmHttpError, AsmResponseFormatError, CertificateRejectedError, parseResponse } from '../../../src/client';
import { literalSpecs } from './helpers/literalSpecs';

const NS = 'xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';
const errorBody = (code: string, message: string) => `<Error ${NS}><Code>${code}</Code><Message>${message}</Message></Error>`;
const rid = '26803ab0f361bb8a87b11a2f3b4e8c73';
const res = (status: number, body = '', headers: Record<string, string> = { 'x-ms-request-id': rid }) => ({ status, body, headers });

test('error statuses become typed errors with ASM code, message, request id and operation', () => {
    const notFound = (() => {
        try {
            parseResponse(operations.getHostedServiceProperties, res(404, errorBody('ResourceNotFound', 'The hosted service does not exist.')));
        } catch (err) {
            return err;
        }
        return undefined;
    })();
    assert.ok(notFound instanceof AsmHttpError);
    assert.equal(notFound.code, 'ASM_HTTP_ERROR');
    assert.equal(notFound.status, 404);
    assert.equal(notFound.asmCode, 'ResourceNotFound');
    assert.equal(notFound.asmMessage, 'The hosted service does not exist.');
    assert.equal(notFound.requestId, rid);
    assert.equal(notFound.operation, 'getHostedServiceProperties');
    assert.equal(notFound.isNotFound, true);
    assert.equal(notFound.isConflict, false);
    assert.match(notFound.message, /getHostedServiceProperties failed with HTTP 404 ResourceNotFound: The hosted service does not exist\. \(x-ms-request-id 26803ab0/);

    const table: [number, string, (err: unknown) => boolean][] = [
        [409, errorBody('ConflictError', 'The specified DNS name is already taken.'), (e) => e instanceof AsmHttpError && e.isConflict && !e.isExclusiveAccessConflict],
        [
            409,
            errorBody('ConflictError', 'Windows Azure is currently performing an operation with x-ms-requestid ffc239393180bce6bee2c9668f31048b on this deployment that requires exclusive access.'),
            (e) => e instanceof AsmHttpError && e.isExclusiveAccessConflict && e.exclusiveAccessHolder === 'ffc239393180bce6bee2c9668f31048b',
        ],
        [403, errorBody('ForbiddenError', 'The server failed to authenticate the request.'), (e) => e instanceof CertificateRejectedError && e.code === 'ASM_CERTIFICATE_REJECTED' && e.status === 403],
        [400, errorBody('BadRequest', 'The hosted service name is invalid.'), (e) => e instanceof AsmHttpError && !(e instanceof CertificateRejectedError) && e.asmCode === 'BadRequest'],
        [429, '', (e) => e instanceof AsmHttpError && e.isThrottled && e.asmCode === undefined],
        [502, '<html><body>Bad   gateway</body></html>', (e) => e instanceof AsmHttpError && e.asmCode === undefined && e.asmMessage === '<html><body>Bad gateway</body></html>'],
        [201, '', (e) => e instanceof AsmHttpError && e.status === 201], // a status the spec does not list
    ];
    for (const [status, body, check] of table) {
        assert.throws(() => parseResponse(operations.getHostedServiceProperties, res(status, body)), check, `${status} ${body}`);
    }
});

test('success: models, async request ids, whenFlag operations', () => {
    const availability = parseResponse(operations.checkHostedServiceNameAvailability, res(200, `<AvailabilityResponse ${NS}><Result>false</Result><Reason>taken</Reason></AvailabilityResponse>`));
    assert.deepEqual(availability, { result: false, reason: 'taken' });
    assert.deepEqual(parseResponse(literalSpecs.rebootRoleInstance, res(202)), { requestId: rid });
    assert.deepEqual(parseResponse(operations.deleteHostedService, res(202)), { requestId: rid });
    assert.equal(parseResponse(operations.deleteHostedService, res(200)), undefined);
    assert.equal(parseResponse(operations.createHostedService, res(201)), undefined);
});

test('unreadable success responses are AsmResponseFormatError', () => {
    assert.throws(() => parseResponse(literalSpecs.rebootRoleInstance, res(202, '', {})), AsmResponseFormatError);
    assert.throws(() => parseResponse(operations.listHostedServices, res(200, '<Nope/>')), (e: unknown) => e instanceof AsmResponseFormatError && /Expected root element <HostedServices>/.test(e.message));
});
