import { badRequest, roleInstanceNotFound } from '../asmErrors';
import { type DeploymentRecord, type HostedServiceRecord, keyOf, type RoleInstanceRecord, type RoleRecord } from '../store/records';
import type { HandlerContext } from './Handler';
import { assertDeploymentUnlocked } from './locks';
import { requireDeploymentByName, requireHostedService } from './lookups';
import { pathParam } from './requestValues';

/** Where a hosted service is: its location, or its affinity group's. */
export function serviceLocation(ctx: HandlerContext, service: HostedServiceRecord): string | undefined {
    return service.location ?? ctx.estate.affinityGroups[keyOf(service.affinityGroup ?? '')]?.location;
}

export interface RoleTarget {
    readonly service: HostedServiceRecord;
    readonly deployment: DeploymentRecord;
    readonly role: RoleRecord;
    readonly instance: RoleInstanceRecord;
}

/** The VM a role operation addresses (`…/deployments/{d}/roleinstances/{role}/Operations`), unlocked. */
export function requireVmRole(ctx: HandlerContext): RoleTarget {
    const service = requireHostedService(ctx);
    const deployment = requireDeploymentByName(service, pathParam(ctx, 'deploymentName'));
    const roleName = keyOf(pathParam(ctx, 'roleName'));
    const role = deployment.roles.find((r) => keyOf(r.roleName) === roleName);
    const instance = deployment.roleInstances.find((i) => keyOf(i.instanceName) === roleName || keyOf(i.roleName) === roleName);
    if (role === undefined || instance === undefined) throw roleInstanceNotFound();
    if (role.vm === undefined) throw badRequest(`The role ${role.roleName} is not a virtual machine.`);
    assertDeploymentUnlocked(ctx, service.name, deployment.name);
    return { service, deployment, role, instance };
}
