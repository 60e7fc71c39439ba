import { affinityGroupNotFound, locationOrAffinityGroupRequired, unknownLocation } from '../asmErrors';
import { findLocation } from '../catalogues/locationData';
import { keyOf } from '../store/records';
import type { HandlerContext } from './Handler';

/** Location or affinity group, exactly one, each known; answers the canonical spelling. */
export function placement(
    ctx: HandlerContext,
    location: string | undefined,
    affinityGroup: string | undefined,
): { location: string } | { affinityGroup: string } {
    const hasLocation = location !== undefined && location !== '';
    const hasGroup = affinityGroup !== undefined && affinityGroup !== '';
    if (hasLocation === hasGroup) throw locationOrAffinityGroupRequired();
    if (hasGroup) {
        const group = ctx.estate.affinityGroups[keyOf(affinityGroup)];
        if (group === undefined) throw affinityGroupNotFound();
        return { affinityGroup: group.name };
    }
    const known = findLocation(location ?? '');
    if (known === undefined) throw unknownLocation(location ?? '');
    return { location: known.name };
}
