import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { binaryTag, CORE_SCHEMA, defineScalarTag, load } from 'js-yaml';

/** The management endpoint the recordings were made against; other hosts (blob storage) are not ASM. */
export const MANAGEMENT_ORIGIN = 'https://management.core.windows.net';

/** One recorded HTTP exchange of a vcrpy cassette. */
export interface RecordedInteraction {
    /** Cassette file name and the interaction's 0-based position in it. */
    readonly file: string;
    readonly index: number;
    readonly method: string;
    readonly uri: string;
    /** Path and query below the management endpoint, or undefined for another host. */
    readonly pathAndQuery: string | undefined;
    /** Header values by lower-cased name (vcrpy stores lists; the first value is kept). */
    readonly requestHeaders: Readonly<Record<string, string>>;
    readonly requestBody: string | undefined;
    readonly status: number;
    readonly responseHeaders: Readonly<Record<string, string>>;
    readonly responseBody: string | undefined;
}

/**
 * js-yaml 5's default (core) schema knows neither `!!binary` (request bodies) nor `!!python/unicode` (response
 * bodies of the 2016 cassettes), so both are added: binary as bytes, python/unicode as the plain string.
 */
const cassetteSchema = CORE_SCHEMA.withTags(
    binaryTag,
    defineScalarTag('tag:yaml.org,2002:python/unicode', { resolve: (source: string) => source, identify: () => false }),
);

function text(value: unknown): string | undefined {
    if (typeof value === 'string') return value === '' ? undefined : value;
    if (value instanceof Uint8Array) return value.length === 0 ? undefined : Buffer.from(value).toString('utf8');
    return undefined;
}

function headers(value: unknown): Record<string, string> {
    const out: Record<string, string> = {};
    if (typeof value !== 'object' || value === null) return out;
    for (const [name, v] of Object.entries(value)) {
        const first: unknown = Array.isArray(v) ? v[0] : v;
        if (first !== undefined && first !== null) out[name.toLowerCase()] = String(first);
    }
    return out;
}

function record(value: unknown): Record<string, unknown> {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function toInteraction(file: string, index: number, raw: unknown): RecordedInteraction {
    const request = record(record(raw)['request']);
    const response = record(record(raw)['response']);
    const uri = String(request['uri'] ?? '');
    return {
        file,
        index,
        method: String(request['method'] ?? '').toUpperCase(),
        uri,
        pathAndQuery: uri.startsWith(`${MANAGEMENT_ORIGIN}/`) ? uri.slice(MANAGEMENT_ORIGIN.length) : undefined,
        requestHeaders: headers(request['headers']),
        requestBody: text(request['body']),
        status: Number(record(response['status'])['code']),
        responseHeaders: headers(response['headers']),
        responseBody: text(record(response['body'])['string']),
    };
}

/**
 * A cassette's interactions. vcrpy writes `interactions:` then one `- request:` item per exchange at column 0, so
 * the text is cut there and only management-endpoint items are parsed as YAML: the multi-megabyte package uploads
 * to blob storage in some cassettes are skipped unread (they are not ASM traffic), which keeps loading fast.
 */
function readCassette(dir: string, file: string): RecordedInteraction[] {
    const source = readFileSync(path.join(dir, file), 'utf8');
    const items = source.split(/^(?=- request:)/m).slice(1);
    return items.flatMap((item, index) => {
        const uri = /^ {4}uri: (\S+)/m.exec(item)?.[1] ?? '';
        if (!uri.startsWith(`${MANAGEMENT_ORIGIN}/`)) return [];
        const end = item.search(/^[^\s-]/m); // the cassette's trailing `version: 1`, after the last item
        const parsed = load(end < 0 ? item : item.slice(0, end), { schema: cassetteSchema });
        const raw: unknown = Array.isArray(parsed) ? parsed[0] : undefined;
        return [toInteraction(file, index, raw)];
    });
}

const cache = new Map<string, readonly RecordedInteraction[]>();

/** Every interaction of every cassette in `dir`, in file then recording order (read once per process). */
export function loadRecordings(dir: string): readonly RecordedInteraction[] {
    let all = cache.get(dir);
    if (all === undefined) {
        const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
        all = files.flatMap((file) => readCassette(dir, file));
        cache.set(dir, all);
    }
    return all;
}
