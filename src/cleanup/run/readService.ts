import { AsmHttpError } from '../../client/errors/AsmHttpError';
import type { CleanupDeps } from '../CleanupDeps';
import type { InventoryService } from '../plan/Inventory';
import { toInventoryService } from '../plan/toInventoryService';
import { withAsmRetries } from './withAsmRetries';

/** A hosted service with its deployments, fresh from ASM (getHostedServiceProperties embed-detail); undefined if gone. */
export async function readService(deps: Pick<CleanupDeps, 'asm' | 'settings' | 'sleep'>, serviceName: string): Promise<InventoryService | undefined> {
    try {
        const hs = await withAsmRetries(deps, () => deps.asm.getHostedServiceProperties({ serviceName, embedDetail: true }));
        return toInventoryService(hs);
    } catch (err) {
        if (err instanceof AsmHttpError && err.isNotFound) return undefined;
        throw err;
    }
}
