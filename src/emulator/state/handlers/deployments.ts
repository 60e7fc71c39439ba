import type {
    changeConfigurationRequest,
    createDeploymentRequest,
    swapDeploymentRequest,
    updateDeploymentStatusRequest,
} from '../../../asm/models/deployment';
import type { Infer } from '../../../asm/schema/schema';
import { badRequest, deploymentNameInUse, deploymentNameNotFound, parameterIncorrect, slotOccupied } from '../asmErrors';
import { isoSeconds } from '../clock/asmTime';
import { randomIds } from '../ids';
import { mergeExtendedProperties } from '../names';
import { lockKeys } from '../operations/lockKeys';
import { readServiceConfiguration } from '../serviceConfiguration';
import { packageDeployment } from '../store/deploymentFactory';
import { applyPackageConfiguration, baseStatus, removeDeployment, restoreDeployment, settledState } from '../store/deploymentEdits';
import { CREATING_PACKAGE, setAllInstances, STARTING, STOPPING } from '../store/instanceStates';
import { releaseDeploymentDisks } from '../store/media';
import { type HostedServiceRecord, keyOf, type Slot } from '../store/records';
import { deploymentView } from '../views/deploymentView';
import { type HandlerContext, type HandlerTable, type Mutation, ok } from './Handler';
import { assertDeploymentUnlocked, assertUnlocked } from './locks';
import { findDeploymentByName, findDeploymentBySlot, requireAddressedDeployment, requireHostedService, requireSlot } from './lookups';
import { bodyOf, pathParam, queryFlag } from './requestValues';

type CreateBody = Infer<typeof createDeploymentRequest>;
type StatusBody = Infer<typeof updateDeploymentStatusRequest>;
type ConfigBody = Infer<typeof changeConfigurationRequest>;
type SwapBody = Infer<typeof swapDeploymentRequest>;

/** Checks shared by package and VM deployment creation: the service is free, the slot empty, the name unused. */
export function assertDeploymentCanBeCreated(ctx: HandlerContext, service: HostedServiceRecord, slot: Slot, name: string): void {
    assertUnlocked(ctx, lockKeys.hostedService(service.name), 'hosted service');
    if (findDeploymentBySlot(service, slot) !== undefined) throw slotOccupied(slot);
    if (findDeploymentByName(service, name) !== undefined) throw deploymentNameInUse(name);
}

/** Appears at once (Status Deploying, instances CreatingVM); Running or Suspended when the operation completes. */
function createDeployment(ctx: HandlerContext): Mutation {
    const service = requireHostedService(ctx);
    const slot = requireSlot(pathParam(ctx, 'deploymentSlot'));
    const body = bodyOf<CreateBody>(ctx);
    const name = body.name ?? '';
    assertDeploymentCanBeCreated(ctx, service, slot, name);
    const configuration = body.configuration ?? '';
    if (readServiceConfiguration(configuration).roles.length === 0) throw parameterIncorrect('The service configuration defines no roles.');
    const created = isoSeconds(ctx.now);
    const record = packageDeployment(
        { serviceName: service.name, name, slot, label: body.label ?? name, status: 'Deploying', createdTime: created, lastModifiedTime: created, extendedProperties: { ...body.extendedProperties }, ids: randomIds },
        configuration,
        CREATING_PACKAGE,
        body.packageUrl === undefined ? {} : { packageUrl: body.packageUrl },
    );
    const started = body.startDeployment === true;
    return {
        kind: 'mutation',
        locks: [lockKeys.deployment(service.name, name)],
        begin: () => void service.deployments.push(record),
        commit: (at) => {
            record.status = started ? 'Running' : 'Suspended';
            setAllInstances(record, settledState(record.status));
            record.lastModifiedTime = isoSeconds(at);
        },
        rollback: () => removeDeployment(service, name),
    };
}

/** Status Deleting at once; gone (with its disks and VHDs under `comp=media`) when the operation completes. */
function deleteDeployment(ctx: HandlerContext): Mutation {
    const service = requireHostedService(ctx);
    const deployment = requireAddressedDeployment(ctx, service);
    assertDeploymentUnlocked(ctx, service.name, deployment.name);
    const before = structuredClone(deployment);
    const withMedia = queryFlag(ctx, 'deleteVhd');
    return {
        kind: 'mutation',
        locks: [lockKeys.deployment(service.name, deployment.name)],
        begin: () => {
            deployment.status = 'Deleting';
        },
        commit: () => {
            releaseDeploymentDisks(ctx.estate, deployment, withMedia);
            removeDeployment(service, deployment.name);
        },
        rollback: () => restoreDeployment(service, before),
    };
}

/** Starting/Suspending at once; Running (instances ReadyRole) or Suspended (StoppedVM) on completion. */
function updateDeploymentStatus(ctx: HandlerContext): Mutation {
    const service = requireHostedService(ctx);
    const deployment = requireAddressedDeployment(ctx, service);
    assertDeploymentUnlocked(ctx, service.name, deployment.name);
    const target = bodyOf<StatusBody>(ctx).status;
    if (target !== 'Running' && target !== 'Suspended') throw parameterIncorrect('Status must be Running or Suspended.');
    const before = structuredClone(deployment);
    return {
        kind: 'mutation',
        locks: [lockKeys.deployment(service.name, deployment.name)],
        begin: () => {
            if (deployment.status === target) return;
            deployment.status = target === 'Running' ? 'Starting' : 'Suspending';
            setAllInstances(deployment, target === 'Running' ? STARTING : STOPPING);
        },
        commit: (at) => {
            deployment.status = target;
            setAllInstances(deployment, settledState(target));
            deployment.lastModifiedTime = isoSeconds(at);
        },
        rollback: () => restoreDeployment(service, before),
    };
}

/** RunningTransitioning/SuspendedTransitioning at once (as recorded); the new configuration applies on completion. */
function changeDeploymentConfiguration(ctx: HandlerContext): Mutation {
    const service = requireHostedService(ctx);
    const deployment = requireAddressedDeployment(ctx, service);
    assertDeploymentUnlocked(ctx, service.name, deployment.name);
    const body = bodyOf<ConfigBody>(ctx);
    const configuration = body.configuration ?? '';
    const roles = readServiceConfiguration(configuration).roles;
    if (roles.length === 0) throw parameterIncorrect('The service configuration defines no roles.');
    const unknown = roles.find((r) => !deployment.roles.some((d) => d.roleName === r.name));
    if (unknown !== undefined) throw badRequest(`The role '${unknown.name}' in the configuration does not exist in the deployment.`);
    const before = structuredClone(deployment);
    return {
        kind: 'mutation',
        locks: [lockKeys.deployment(service.name, deployment.name)],
        begin: () => {
            deployment.status = `${baseStatus(deployment.status)}Transitioning`;
        },
        commit: (at) => {
            deployment.status = baseStatus(deployment.status);
            applyPackageConfiguration(deployment, configuration, randomIds);
            deployment.extendedProperties = mergeExtendedProperties(deployment.extendedProperties, body.extendedProperties);
            deployment.lastModifiedTime = isoSeconds(at);
        },
        rollback: () => restoreDeployment(service, before),
    };
}

/** Exchanges the slots of the production and staging deployments (an empty production slot just takes staging). */
function swapDeployment(ctx: HandlerContext): Mutation {
    const service = requireHostedService(ctx);
    const body = bodyOf<SwapBody>(ctx);
    const source = findDeploymentByName(service, body.sourceDeployment ?? '');
    if (source === undefined) throw deploymentNameNotFound(body.sourceDeployment ?? '');
    const production = findDeploymentBySlot(service, 'Production');
    if (production !== undefined && keyOf(production.name) !== keyOf(body.production ?? production.name)) {
        throw badRequest(`The deployment '${body.production ?? ''}' is not in the production slot.`);
    }
    if (source.slot !== 'Staging') throw badRequest(`The deployment '${source.name}' is not in the staging slot.`);
    const pair = production === undefined ? [source] : [production, source];
    for (const d of pair) assertDeploymentUnlocked(ctx, service.name, d.name);
    return {
        kind: 'mutation',
        locks: pair.map((d) => lockKeys.deployment(service.name, d.name)),
        commit: (at) => {
            for (const d of pair) {
                d.slot = d.slot === 'Production' ? 'Staging' : 'Production';
                d.lastModifiedTime = isoSeconds(at);
            }
        },
    };
}

export const deploymentHandlers: HandlerTable = {
    createDeployment,
    getDeploymentBySlot: (ctx) => {
        const service = requireHostedService(ctx);
        return ok(deploymentView(service, requireAddressedDeployment(ctx, service)));
    },
    getDeploymentByName: (ctx) => {
        const service = requireHostedService(ctx);
        return ok(deploymentView(service, requireAddressedDeployment(ctx, service)));
    },
    deleteDeployment,
    updateDeploymentStatus,
    changeDeploymentConfiguration,
    swapDeployment,
};
