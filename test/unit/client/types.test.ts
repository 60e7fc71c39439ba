import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { AvailabilityResponse, HostedService } from '../../../src/asm/models/hostedService';
import type { operations } from '../../../src/asm/operations/catalogue';
import type { OperationSpec } from '../../../src/asm/operations/OperationSpec';
import type { AsmClient, AsyncResult, ParamsOf, ResultOf } from '../../../src/client';
import { literalSpecs } from './helpers/literalSpecs';

// Compile-time checks: this file fails `tsc` when the derived types drift.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_ok: T): void {}

type Ops = typeof operations;

test('typed methods return the models derived from the catalogue', () => {
    expectType<Equal<Awaited<ReturnType<AsmClient['listHostedServices']>>, HostedService[]>>(true);
    expectType<Equal<Awaited<ReturnType<AsmClient['checkHostedServiceNameAvailability']>>, AvailabilityResponse>>(true);
    expectType<Equal<ResultOf<Ops['getHostedServiceProperties']>, HostedService>>(true);
    // Literal specs: a synchronous operation without a response document resolves to undefined.
    expectType<Equal<ResultOf<Ops['createHostedService']>, undefined>>(true);
    expectType<Equal<ResultOf<Ops['createStorageAccount']>, AsyncResult>>(true);
    expectType<Equal<ResultOf<Ops['deleteHostedService']>, AsyncResult | undefined>>(true);
    // Widened spec: the one-value-enum OperationType stands for the pinned constant and is not a parameter.
    const shutdown: ParamsOf<Ops['shutdownRole']> = { serviceName: 's', deploymentName: 'd', roleName: 'r' };
    assert.equal(shutdown.roleName, 'r');
    expectType<Equal<ParamsOf<Ops['shutdownRole']>['postShutdownAction'], string | undefined>>(true);
    // createHostedService's body fields are flattened into the params.
    const create: ParamsOf<Ops['createHostedService']> = { serviceName: 's', label: 'l', location: 'West US' };
    assert.equal(create.serviceName, 's');
});

test('literal specs give exact params and async results', () => {
    type Reboot = (typeof literalSpecs)['rebootRoleInstance'];
    expectType<Equal<ResultOf<Reboot>, AsyncResult>>(true);
    expectType<Equal<ParamsOf<Reboot>, { serviceName: string; deploymentName: string; roleInstanceName: string }>>(true);
    type Delete = (typeof literalSpecs)['deleteHostedService'];
    expectType<Equal<ResultOf<Delete>, AsyncResult | undefined>>(true);
    expectType<Equal<ParamsOf<Delete>, { serviceName: string; complete?: boolean }>>(true);
    type Shutdown = (typeof literalSpecs)['shutdownRole'];
    // OperationType is pinned by requestConstants: not a parameter.
    expectType<Equal<ParamsOf<Shutdown>, { serviceName: string; deploymentName: string; roleName: string; postShutdownAction?: string }>>(true);
});
