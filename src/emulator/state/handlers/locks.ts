import { exclusiveAccess } from '../asmErrors';
import { lockKeys } from '../operations/lockKeys';
import type { HandlerContext } from './Handler';

type LockedThing = Parameters<typeof exclusiveAccess>[1];

/** Throws ASM's exclusive-access 409 when an in-flight operation holds `lock`. */
export function assertUnlocked(ctx: HandlerContext, lock: string, what: LockedThing): void {
    const holder = ctx.lockedBy(lock);
    if (holder !== undefined) throw exclusiveAccess(holder, what);
}

/** A deployment is held by its own operations and by those on its hosted service (complete delete). */
export function assertDeploymentUnlocked(ctx: HandlerContext, service: string, deployment: string): void {
    assertUnlocked(ctx, lockKeys.hostedService(service), 'hosted service');
    assertUnlocked(ctx, lockKeys.deployment(service, deployment), 'deployment');
}
