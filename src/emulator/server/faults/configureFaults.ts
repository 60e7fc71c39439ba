import { findOperation } from '../../../asm/operations/catalogue';
import type { EmulatorContext } from '../EmulatorContext';
import { type FaultConfig, FaultConfigError, parseFaultConfig } from './FaultConfig';

/** Validates a fault configuration (from JSON or code) against the catalogue and the listeners, then applies it. */
export function configureFaults(ctx: EmulatorContext, input: unknown): FaultConfig {
    const config = parseFaultConfig(input, (name) => findOperation(name) !== undefined);
    if (ctx.redirectEndpoint === undefined && config.rules.some((r) => (r.redirectRate ?? 0) > 0)) {
        throw new FaultConfigError('Redirect faults need the second listener (start with redirectListener / --redirect-listener).');
    }
    ctx.faults.set(config);
    return ctx.faults.get();
}
