/**
 * Fault injection, as data. Each rule applies to one operation (its catalogue name) or to every operation
 * (`'*'` or omitted). For each request a matching rule draws ONE number from the seeded PRNG and picks at most one
 * fault from consecutive bands: reset, redirect, 500, 503, 429 (so the rates of a rule add up to at most 1).
 * Latency of every matching rule is added before anything else. Same seed + same requests = same faults.
 */
export interface FaultRule {
    /** Catalogue operation name (`listHostedServices`), or `'*'`/omitted for all. */
    readonly operation?: string;
    /** Delay before the request is answered, ms. */
    readonly latencyMs?: number;
    /** Probability (0..1) of destroying the connection before answering. */
    readonly resetRate?: number;
    /** Probability of a 307 to the second listener (needs `redirectListener`). */
    readonly redirectRate?: number;
    readonly rate500?: number;
    readonly rate503?: number;
    readonly rate429?: number;
    /** `Retry-After` (seconds) sent with injected 503 and 429 answers. */
    readonly retryAfterSeconds?: number;
    /** Stop injecting faults from this rule after this many (latency excepted). */
    readonly maxFaults?: number;
}

export interface FaultConfig {
    /** PRNG seed; defaults to the emulator's seed. Setting a configuration restarts the sequence. */
    readonly seed?: number;
    readonly rules: readonly FaultRule[];
}

export type FaultKind = 'reset' | 'redirect' | '500' | '503' | '429';

const RATE_KEYS = ['resetRate', 'redirectRate', 'rate500', 'rate503', 'rate429'] as const;
const KNOWN_KEYS = new Set<string>(['operation', 'latencyMs', 'retryAfterSeconds', 'maxFaults', ...RATE_KEYS]);

export class FaultConfigError extends Error {
    override readonly name = 'FaultConfigError';
}

function nonNegative(rule: Record<string, unknown>, key: string, where: string): void {
    const v = rule[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
        throw new FaultConfigError(`${where}.${key} must be a non-negative number.`);
    }
}

/** Validates untrusted JSON (the admin surface) into a fault configuration. */
export function parseFaultConfig(input: unknown, knownOperation: (name: string) => boolean): FaultConfig {
    if (typeof input !== 'object' || input === null) throw new FaultConfigError('The fault configuration must be a JSON object.');
    const { seed, rules } = input as { seed?: unknown; rules?: unknown };
    if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed))) throw new FaultConfigError('seed must be an integer.');
    if (!Array.isArray(rules)) throw new FaultConfigError('rules must be an array.');
    rules.forEach((raw: unknown, i) => {
        const where = `rules[${i}]`;
        if (typeof raw !== 'object' || raw === null) throw new FaultConfigError(`${where} must be an object.`);
        const rule = raw as Record<string, unknown>;
        for (const key of Object.keys(rule)) if (!KNOWN_KEYS.has(key)) throw new FaultConfigError(`${where}.${key} is not a fault setting.`);
        const op = rule.operation;
        if (op !== undefined && (typeof op !== 'string' || (op !== '*' && !knownOperation(op)))) {
            throw new FaultConfigError(`${where}.operation must be '*' or a catalogue operation name.`);
        }
        for (const key of ['latencyMs', 'retryAfterSeconds', 'maxFaults', ...RATE_KEYS]) nonNegative(rule, key, where);
        const total = RATE_KEYS.reduce((sum, key) => sum + ((rule[key] as number | undefined) ?? 0), 0);
        if (total > 1 + 1e-9) throw new FaultConfigError(`${where}: the rates add up to ${total}, more than 1.`);
    });
    return { ...(seed !== undefined ? { seed } : {}), rules: rules as FaultRule[] };
}

/** The fault a rule yields for one draw `u` in [0, 1), if any. */
export function faultForDraw(rule: FaultRule, u: number): FaultKind | undefined {
    const bands: readonly [FaultKind, number | undefined][] = [
        ['reset', rule.resetRate],
        ['redirect', rule.redirectRate],
        ['500', rule.rate500],
        ['503', rule.rate503],
        ['429', rule.rate429],
    ];
    let edge = 0;
    for (const [kind, rate] of bands) {
        edge += rate ?? 0;
        if (u < edge) return kind;
    }
    return undefined;
}
