import type { HttpRequest } from '@azure/functions';

import { parseJsonBody } from '../../facade/input/parseJsonBody';
import { readBodyBytes } from '../../facade/input/readBodyBytes';
import { invalidRequest } from '../../facade/problems/invalidRequest';

const invalid = (path: string, message: string) => invalidRequest([{ path, message }]);

/** The body of POST /api/cleanup/runs: empty, or `{ "dryRun": true|false }` (nothing else). */
export async function readStartRunBody(request: HttpRequest): Promise<{ readonly dryRun?: boolean }> {
    const bytes = await readBodyBytes(request, 4 * 1024);
    if (bytes.byteLength === 0) return {};
    const body = parseJsonBody(bytes, request.headers.get('content-type'));
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('body', 'must be a JSON object');
    for (const key of Object.keys(body)) if (key !== 'dryRun') throw invalid(`body.${key}`, 'is not a field of a cleanup run request (only dryRun)');
    const { dryRun } = body as { dryRun?: unknown };
    if (dryRun !== undefined && typeof dryRun !== 'boolean') throw invalid('body.dryRun', 'must be true or false');
    return dryRun === undefined ? {} : { dryRun };
}
