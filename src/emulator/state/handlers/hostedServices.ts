import type { AvailabilityResponse, createHostedServiceRequest, updateHostedServiceRequest } from '../../../asm/models/hostedService';
import type { Infer } from '../../../asm/schema/schema';
import { dnsNameTaken, hostedServiceHasDeployments, invalidHostedServiceName } from '../asmErrors';
import { isoSeconds } from '../clock/asmTime';
import { isValidHostedServiceName, mergeExtendedProperties } from '../names';
import { lockKeys } from '../operations/lockKeys';
import { releaseDeploymentDisks } from '../store/media';
import { type HostedServiceRecord, keyOf } from '../store/records';
import { hostedServiceView } from '../views/hostedServiceView';
import { computeLocation } from '../views/urls';
import { type HandlerContext, type HandlerTable, type Mutation, ok } from './Handler';
import { assertUnlocked } from './locks';
import { placement } from './placement';
import { requireHostedService } from './lookups';
import { bodyOf, pathParam, queryFlag } from './requestValues';

type CreateBody = Infer<typeof createHostedServiceRequest>;
type UpdateBody = Infer<typeof updateHostedServiceRequest>;

function createHostedService(ctx: HandlerContext): Mutation {
    const body = bodyOf<CreateBody>(ctx);
    const name = body.serviceName ?? '';
    if (!isValidHostedServiceName(name)) throw invalidHostedServiceName();
    if (ctx.estate.hostedServices[keyOf(name)] !== undefined) throw dnsNameTaken();
    const where = placement(ctx, body.location, body.affinityGroup);
    const now = isoSeconds(ctx.now);
    const record: HostedServiceRecord = {
        name,
        label: body.label ?? name,
        ...(body.description === undefined ? {} : { description: body.description }),
        ...where,
        status: 'Created',
        dateCreated: now,
        dateLastModified: now,
        extendedProperties: { ...body.extendedProperties },
        deployments: [],
    };
    return {
        kind: 'mutation',
        headers: { Location: computeLocation(ctx.subscriptionId, name) },
        commit: () => {
            ctx.estate.hostedServices[keyOf(name)] = record;
        },
        rollback: () => {
            delete ctx.estate.hostedServices[keyOf(name)];
        },
    };
}

function updateHostedService(ctx: HandlerContext): Mutation {
    const service = requireHostedService(ctx);
    assertUnlocked(ctx, lockKeys.hostedService(service.name), 'hosted service');
    const body = bodyOf<UpdateBody>(ctx);
    return {
        kind: 'mutation',
        commit: () => {
            if (body.label !== undefined) service.label = body.label;
            if (body.description !== undefined) service.description = body.description;
            service.extendedProperties = mergeExtendedProperties(service.extendedProperties, body.extendedProperties);
            service.dateLastModified = isoSeconds(ctx.now);
        },
    };
}

/** Without `complete`: synchronous, refused while deployments remain. With it: asynchronous, takes everything. */
function deleteHostedService(ctx: HandlerContext): Mutation {
    const service = requireHostedService(ctx);
    const key = keyOf(service.name);
    assertUnlocked(ctx, lockKeys.hostedService(service.name), 'hosted service');
    const complete = queryFlag(ctx, 'complete');
    if (!complete) {
        if (service.deployments.length > 0) throw hostedServiceHasDeployments();
        return { kind: 'mutation', commit: () => void delete ctx.estate.hostedServices[key] };
    }
    for (const d of service.deployments) assertUnlocked(ctx, lockKeys.deployment(service.name, d.name), 'deployment');
    const before = structuredClone(service);
    return {
        kind: 'mutation',
        locks: [lockKeys.hostedService(service.name), ...service.deployments.map((d) => lockKeys.deployment(service.name, d.name))],
        begin: () => {
            service.status = 'Deleting';
            for (const d of service.deployments) d.status = 'Deleting';
        },
        commit: () => {
            for (const d of service.deployments) releaseDeploymentDisks(ctx.estate, d, true);
            delete ctx.estate.hostedServices[key];
        },
        rollback: () => {
            ctx.estate.hostedServices[key] = before;
        },
    };
}

function checkHostedServiceNameAvailability(ctx: HandlerContext) {
    const name = pathParam(ctx, 'serviceName');
    const answer: AvailabilityResponse = !isValidHostedServiceName(name)
        ? { result: false, reason: 'The hosted service name is invalid.' }
        : ctx.estate.hostedServices[keyOf(name)] !== undefined
          ? { result: false, reason: 'A hosted service with the specified name already exists.' }
          : { result: true };
    return ok(answer);
}

const byName = (a: { name: string }, b: { name: string }) => a.name.toLowerCase().localeCompare(b.name.toLowerCase());

export const hostedServiceHandlers: HandlerTable = {
    listHostedServices: (ctx) =>
        ok(Object.values(ctx.estate.hostedServices).sort(byName).map((s) => hostedServiceView(ctx.subscriptionId, s, false))),
    getHostedServiceProperties: (ctx) =>
        ok(hostedServiceView(ctx.subscriptionId, requireHostedService(ctx), queryFlag(ctx, 'embedDetail'))),
    createHostedService,
    updateHostedService,
    deleteHostedService,
    checkHostedServiceNameAvailability,
};
