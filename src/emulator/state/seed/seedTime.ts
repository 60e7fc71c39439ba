import { isoSeconds } from '../clock/asmTime';
import { SeedError } from './SeedError';

const RELATIVE = /^-(\d+(?:\.\d+)?)([dhm])$/;
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

/** Whether a seed time is ISO 8601 or relative (`-30d`, `-6h`, `-15m`). */
export function isSeedTime(text: string): boolean {
    return RELATIVE.test(text) || (/^\d{4}-\d{2}-\d{2}T/.test(text) && Number.isFinite(Date.parse(text)));
}

/** A seed time as ASM writes it, relative times counted back from `nowMs`. */
export function seedTime(text: string | undefined, nowMs: number, field: string, fallback: string): string {
    if (text === undefined) return fallback;
    const relative = RELATIVE.exec(text);
    if (relative !== null) {
        const unit = relative[2] as keyof typeof UNIT_MS;
        return isoSeconds(nowMs - Number(relative[1]) * UNIT_MS[unit]);
    }
    const ms = Date.parse(text);
    if (!Number.isFinite(ms)) throw new SeedError(field, `expected an ISO 8601 time or -Nd/-Nh/-Nm, got '${text}'`);
    return isoSeconds(ms);
}
