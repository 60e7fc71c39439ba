const SYSTEM = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata', 'odata.etag']);

/** An entity's own properties (no keys, ETag or timestamp), for mapping back to a record. */
export function entityFields(entity: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(entity)) if (!SYSTEM.has(k) && !k.includes('@odata')) out[k] = v;
    return out;
}

/** A record as entity properties: undefined fields dropped (Table storage has no undefined). */
export function definedFields(record: object): Record<string, unknown> {
    return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
