import {
    deploymentNameNotFound,
    hostedServiceNotFound,
    invalidSlot,
    noDeployments,
    storageAccountNotFound,
} from '../asmErrors';
import { type DeploymentRecord, type HostedServiceRecord, keyOf, type Slot, type StorageAccountRecord } from '../store/records';
import type { HandlerContext } from './Handler';
import { optionalPathParam, pathParam } from './requestValues';

export function requireHostedService(ctx: HandlerContext, name = pathParam(ctx, 'serviceName')): HostedServiceRecord {
    const service = ctx.estate.hostedServices[keyOf(name)];
    if (service === undefined) throw hostedServiceNotFound();
    return service;
}

/** `production`, `Production`, `STAGING` … → the slot; anything else → undefined. */
export function parseSlot(text: string | undefined): Slot | undefined {
    const t = text?.trim().toLowerCase();
    return t === 'production' ? 'Production' : t === 'staging' ? 'Staging' : undefined;
}

export function requireSlot(text: string | undefined): Slot {
    const slot = parseSlot(text);
    if (slot === undefined) throw invalidSlot(text ?? '');
    return slot;
}

export function findDeploymentBySlot(service: HostedServiceRecord, slot: Slot): DeploymentRecord | undefined {
    return service.deployments.find((d) => d.slot === slot);
}

export function findDeploymentByName(service: HostedServiceRecord, name: string): DeploymentRecord | undefined {
    return service.deployments.find((d) => keyOf(d.name) === keyOf(name));
}

export function requireDeploymentBySlot(service: HostedServiceRecord, slot: Slot): DeploymentRecord {
    const deployment = findDeploymentBySlot(service, slot);
    if (deployment === undefined) throw noDeployments();
    return deployment;
}

/** By name: ASM says "No deployments were found." when the service has none, else names the missing one. */
export function requireDeploymentByName(service: HostedServiceRecord, name: string): DeploymentRecord {
    const deployment = findDeploymentByName(service, name);
    if (deployment !== undefined) return deployment;
    throw service.deployments.length === 0 ? noDeployments() : deploymentNameNotFound(name);
}

/** The deployment a request addresses, by `{deploymentName}` or by `{deploymentSlot}`. */
export function requireAddressedDeployment(ctx: HandlerContext, service: HostedServiceRecord): DeploymentRecord {
    const name = optionalPathParam(ctx, 'deploymentName');
    if (name !== undefined) return requireDeploymentByName(service, name);
    return requireDeploymentBySlot(service, requireSlot(optionalPathParam(ctx, 'deploymentSlot')));
}

export function requireStorageAccount(ctx: HandlerContext, name = pathParam(ctx, 'serviceName')): StorageAccountRecord {
    const account = ctx.estate.storageAccounts[keyOf(name)];
    if (account === undefined) throw storageAccountNotFound(name);
    return account;
}
