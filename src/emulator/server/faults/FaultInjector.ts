import { type FaultConfig, faultForDraw, type FaultKind, type FaultRule } from './FaultConfig';
import { mulberry32 } from '../../../util/mulberry32';

export interface FaultDecision {
    readonly latencyMs: number;
    readonly fault?: FaultKind;
    readonly retryAfterSeconds?: number;
}

/** Decides, deterministically under a seed, which fault (if any) each request gets. */
export class FaultInjector {
    private config: FaultConfig = { rules: [] };
    private random: () => number;
    private injected: number[] = [];

    constructor(private readonly defaultSeed: number) {
        this.random = mulberry32(defaultSeed);
    }

    /** Replaces the configuration and restarts the PRNG sequence. */
    set(config: FaultConfig): void {
        this.config = config;
        this.random = mulberry32(config.seed ?? this.defaultSeed);
        this.injected = config.rules.map(() => 0);
    }

    clear(): void {
        this.set({ rules: [] });
    }

    get(): FaultConfig {
        return this.config;
    }

    /** `canRedirect`: false on the redirect target itself (a 307 there would loop). */
    decide(operationName: string, canRedirect: boolean): FaultDecision {
        let latencyMs = 0;
        let chosen: { fault: FaultKind; rule: FaultRule } | undefined;
        this.config.rules.forEach((rule, i) => {
            if (rule.operation !== undefined && rule.operation !== '*' && rule.operation !== operationName) return;
            latencyMs += rule.latencyMs ?? 0;
            const u = this.random(); // one draw per matching rule and request, whatever happens: keeps sequences stable
            if (chosen !== undefined) return;
            if (rule.maxFaults !== undefined && (this.injected[i] ?? 0) >= rule.maxFaults) return;
            const fault = faultForDraw(rule, u);
            if (fault === undefined || (fault === 'redirect' && !canRedirect)) return;
            this.injected[i] = (this.injected[i] ?? 0) + 1;
            chosen = { fault, rule };
        });
        if (chosen === undefined) return { latencyMs };
        const retry = chosen.rule.retryAfterSeconds;
        return {
            latencyMs,
            fault: chosen.fault,
            ...(retry !== undefined && (chosen.fault === '503' || chosen.fault === '429') ? { retryAfterSeconds: retry } : {}),
        };
    }
}
