import type { DeploymentRecord, RoleInstanceRecord } from './records';

export interface InstanceState {
    readonly instanceStatus: string;
    readonly powerState: string;
}

/** Instances of a running deployment / started VM (PY-REC after provisioning). */
export const READY: InstanceState = { instanceStatus: 'ReadyRole', powerState: 'Started' };
/** Instances of a suspended package deployment or a shut-down VM (PY-REC test_shutdown_start_restart_role). */
export const STOPPED: InstanceState = { instanceStatus: 'StoppedVM', powerState: 'Stopped' };
/** A VM shut down with PostShutdownAction StoppedDeallocated. */
export const DEALLOCATED: InstanceState = { instanceStatus: 'StoppedDeallocated', powerState: 'Stopped' };
/** While a package deployment is being created (PY-REC: CreatingVM / Stopped). */
export const CREATING_PACKAGE: InstanceState = { instanceStatus: 'CreatingVM', powerState: 'Stopped' };
/** While a VM is being provisioned (PY-REC: RoleStateUnknown / Starting). */
export const CREATING_VM: InstanceState = { instanceStatus: 'RoleStateUnknown', powerState: 'Starting' };
export const STARTING: InstanceState = { instanceStatus: 'StartingVM', powerState: 'Starting' };
export const STOPPING: InstanceState = { instanceStatus: 'StoppingVM', powerState: 'Stopping' };
export const RESTARTING: InstanceState = { instanceStatus: 'RestartingRole', powerState: 'Started' };

export function setInstanceState(instance: RoleInstanceRecord, state: InstanceState): void {
    instance.instanceStatus = state.instanceStatus;
    instance.powerState = state.powerState;
}

export function setAllInstances(deployment: DeploymentRecord, state: InstanceState): void {
    for (const i of deployment.roleInstances) setInstanceState(i, state);
}
