import { packageInstances } from './deploymentFactory';
import type { IdSource } from '../ids';
import { type InstanceState, READY, setAllInstances, STOPPED } from './instanceStates';
import { type DeploymentRecord, type HostedServiceRecord, keyOf } from './records';
import { readServiceConfiguration } from '../serviceConfiguration';

/** Puts a saved copy of a deployment back in place of the live one (rollback). */
export function restoreDeployment(service: HostedServiceRecord, before: DeploymentRecord): void {
    const at = service.deployments.findIndex((d) => keyOf(d.name) === keyOf(before.name));
    if (at >= 0) service.deployments[at] = structuredClone(before);
    else service.deployments.push(structuredClone(before));
}

export function removeDeployment(service: HostedServiceRecord, name: string): void {
    service.deployments = service.deployments.filter((d) => keyOf(d.name) !== keyOf(name));
}

/** The instance state that matches a settled deployment status. */
export const settledState = (status: string): InstanceState => (status === 'Running' ? READY : STOPPED);

/** The settled status behind a transitional one (`RunningTransitioning` → `Running`). */
export const baseStatus = (status: string): string => (status.startsWith('Suspended') || status === 'Suspending' ? 'Suspended' : 'Running');

/** A package deployment gets or loses instances to match the instance counts of a new configuration. */
export function applyPackageConfiguration(deployment: DeploymentRecord, configuration: string, ids: IdSource): void {
    deployment.configuration = configuration;
    if (deployment.kind !== 'package') return;
    const state = settledState(baseStatus(deployment.status));
    for (const role of readServiceConfiguration(configuration).roles) {
        const current = deployment.roleInstances.filter((i) => i.roleName === role.name);
        if (current.length > role.instances) {
            const dropped = new Set(current.slice(role.instances).map((i) => i.instanceName));
            deployment.roleInstances = deployment.roleInstances.filter((i) => !dropped.has(i.instanceName));
        } else if (current.length < role.instances) {
            const size = deployment.roles.find((r) => r.roleName === role.name)?.roleSize ?? 'Small';
            const added = packageInstances(role, size, state, ids).slice(current.length);
            deployment.roleInstances.push(...added);
        }
    }
    const widest = Math.max(1, ...readServiceConfiguration(configuration).roles.map((r) => r.instances));
    deployment.upgradeDomainCount = Math.min(5, widest);
    setAllInstances(deployment, state);
}
