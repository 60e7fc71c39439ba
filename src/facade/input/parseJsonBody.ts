import { ProblemError } from '../problems/ProblemError';

const JSON_MEDIA_TYPE = /^application\/json\s*(;.*)?$/i;

/**
 * The JSON value of a non-empty request body. The Content-Type must be `application/json` (a `charset`, if given,
 * utf-8): else 415. The bytes must be UTF-8 (a BOM is ignored) and one JSON text: else 400 naming `body`.
 */
export function parseJsonBody(bytes: Uint8Array, contentType: string | null): unknown {
    const type = contentType?.trim() ?? '';
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(type)?.[1];
    if (!JSON_MEDIA_TYPE.test(type) || (charset !== undefined && charset.toLowerCase() !== 'utf-8' && charset.toLowerCase() !== 'utf8')) {
        throw new ProblemError({
            kind: 'unsupported-media-type',
            code: 'UnsupportedMediaType',
            detail: `header.content-type: must be application/json (got ${type === '' ? 'none' : JSON.stringify(type.slice(0, 100))}).`,
            errors: [{ path: 'header.content-type', message: 'must be application/json' }],
        });
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        throw new ProblemError({
            kind: 'invalid-request',
            code: 'MalformedBody',
            detail: 'body: is not valid UTF-8.',
            errors: [{ path: 'body', message: 'is not valid UTF-8' }],
        });
    }
    try {
        return JSON.parse(text) as unknown;
    } catch (err) {
        const position = /at position (\d+)/.exec(err instanceof Error ? err.message : '')?.[1];
        const where = position === undefined ? '' : ` (at position ${position})`;
        throw new ProblemError({
            kind: 'invalid-request',
            code: 'MalformedJson',
            detail: `body: is not valid JSON${where}.`,
            errors: [{ path: 'body', message: `is not valid JSON${where}` }],
        });
    }
}
