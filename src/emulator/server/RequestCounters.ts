/** Names under which rejected requests are counted (they never reached an operation). */
export type RejectionName = '_forbidden' | '_badVersion' | '_notFound' | '_invalidVerb' | '_tooLarge';

export interface CountersSnapshot {
    /** Every management request (admin requests are not counted). */
    readonly total: number;
    /** By catalogue operation name, and rejected requests under `_forbidden`, `_notFound`, … */
    readonly byOperation: Readonly<Record<string, number>>;
    /** By answered HTTP status (`"200"`, `"404"`, …); `"reset"` for connections destroyed by fault injection. */
    readonly byStatus: Readonly<Record<string, number>>;
    /** Injected faults by kind: `latency`, `reset`, `redirect`, `500`, `503`, `429`. */
    readonly faults: Readonly<Record<string, number>>;
}

/** TLS connections accepted by the listeners (not part of CountersSnapshot, whose shape tests pin). */
export interface TlsConnectionCounts {
    /** Every completed TLS handshake ('secureConnection'). */
    readonly accepted: number;
    /** Of which resumed a cached TLS session. */
    readonly resumed: number;
}

function bump(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
}

/** Request counters for tests ("the client retried exactly twice", "nothing reached deleteDeployment"). */
export class RequestCounters {
    private total = 0;
    private readonly byOperation = new Map<string, number>();
    private readonly byStatus = new Map<string, number>();
    private readonly faults = new Map<string, number>();
    private tlsAccepted = 0;
    private tlsResumed = 0;

    request(name: string): void {
        this.total += 1;
        bump(this.byOperation, name);
    }

    status(status: number | 'reset'): void {
        bump(this.byStatus, String(status));
    }

    fault(kind: string): void {
        bump(this.faults, kind);
    }

    tlsConnection(resumed: boolean): void {
        this.tlsAccepted += 1;
        if (resumed) this.tlsResumed += 1;
    }

    tlsSnapshot(): TlsConnectionCounts {
        return { accepted: this.tlsAccepted, resumed: this.tlsResumed };
    }

    reset(): void {
        this.total = 0;
        this.tlsAccepted = 0;
        this.tlsResumed = 0;
        this.byOperation.clear();
        this.byStatus.clear();
        this.faults.clear();
    }

    snapshot(): CountersSnapshot {
        return {
            total: this.total,
            byOperation: Object.fromEntries(this.byOperation),
            byStatus: Object.fromEntries(this.byStatus),
            faults: Object.fromEntries(this.faults),
        };
    }
}
