import type { shutdownRoleRequest, VirtualMachineDeploymentRequest } from '../../../asm/models/virtualMachine';
import type { Infer } from '../../../asm/schema/schema';
import { parameterIncorrect } from '../asmErrors';
import { isoSeconds } from '../clock/asmTime';
import { hex32, randomIds } from '../ids';
import { lockKeys } from '../operations/lockKeys';
import { vmDeployment, vmRole } from '../store/deploymentFactory';
import { removeDeployment, restoreDeployment } from '../store/deploymentEdits';
import {
    CREATING_VM,
    DEALLOCATED,
    type InstanceState,
    READY,
    RESTARTING,
    setAllInstances,
    setInstanceState,
    STARTING,
    STOPPED,
    STOPPING,
} from '../store/instanceStates';
import { addBlob, removeBlob } from '../store/media';
import { keyOf } from '../store/records';
import { captureVmImage } from './captureVmImage';
import { assertDeploymentCanBeCreated } from './deployments';
import type { HandlerContext, HandlerTable, Mutation } from './Handler';
import { requireHostedService, requireSlot } from './lookups';
import { bodyOf } from './requestValues';
import { requireVmRole, serviceLocation } from './vmTargets';
import { assertDistinctRoleNames, defaultVhdAccount, type RoleInput, vmSpecOf } from './vmRequests';

type ShutdownBody = Infer<typeof shutdownRoleRequest>;

/**
 * Appears at once (Status Deploying, instances RoleStateUnknown/Starting, disks registered); Running with
 * instances ReadyRole/Started when the operation completes. A failure removes the deployment and its disks.
 */
function createVirtualMachineDeployment(ctx: HandlerContext): Mutation {
    const service = requireHostedService(ctx);
    const body = bodyOf<VirtualMachineDeploymentRequest>(ctx);
    const name = body.deploymentName ?? '';
    const slot = requireSlot(body.deploymentSlot);
    assertDeploymentCanBeCreated(ctx, service, slot, name);
    const roles: readonly RoleInput[] = body.roleList ?? [];
    if (roles.length === 0) throw parameterIncorrect('The deployment needs at least one role.');
    assertDistinctRoleNames(roles);
    const location = serviceLocation(ctx, service);
    const account = defaultVhdAccount(ctx.estate, location, `portalvhds${hex32(randomIds, 'account').slice(0, 12)}`);
    const created = isoSeconds(ctx.now);
    const basics = { serviceName: service.name, name, slot, label: body.label ?? name, status: 'Deploying', createdTime: created, lastModifiedTime: created, extendedProperties: {}, ids: randomIds };
    const built = roles.map((r) => vmRole(basics, vmSpecOf(ctx.estate, r), ctx.now, location, account));
    const record = vmDeployment(basics, built.map((b) => b.role), CREATING_VM);
    const disks = built.flatMap((b) => b.disks);
    return {
        kind: 'mutation',
        locks: [lockKeys.deployment(service.name, name)],
        begin: () => {
            service.deployments.push(record);
            for (const d of disks) {
                ctx.estate.disks[keyOf(d.name)] = d;
                addBlob(ctx.estate, d.mediaLink);
            }
        },
        commit: (at) => {
            record.status = 'Running';
            setAllInstances(record, READY);
            record.lastModifiedTime = isoSeconds(at);
        },
        rollback: () => {
            removeDeployment(service, name);
            for (const d of disks) {
                delete ctx.estate.disks[keyOf(d.name)];
                removeBlob(ctx.estate, d.mediaLink);
            }
        },
    };
}

/** A role state change: `during` at once, `after` on completion, the deployment as before on failure. */
function roleStateChange(ctx: HandlerContext, during: InstanceState, after: InstanceState): Mutation {
    const { service, deployment, instance } = requireVmRole(ctx);
    const before = structuredClone(deployment);
    return {
        kind: 'mutation',
        locks: [lockKeys.deployment(service.name, deployment.name)],
        begin: () => setInstanceState(instance, during),
        commit: (at) => {
            setInstanceState(instance, after);
            deployment.lastModifiedTime = isoSeconds(at);
        },
        rollback: () => restoreDeployment(service, before),
    };
}

export const virtualMachineHandlers: HandlerTable = {
    createVirtualMachineDeployment,
    shutdownRole: (ctx) =>
        roleStateChange(ctx, STOPPING, bodyOf<ShutdownBody>(ctx).postShutdownAction === 'StoppedDeallocated' ? DEALLOCATED : STOPPED),
    startRole: (ctx) => roleStateChange(ctx, STARTING, READY),
    restartRole: (ctx) => roleStateChange(ctx, RESTARTING, READY),
    captureVmImage,
};
