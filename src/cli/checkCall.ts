import type { OperationSpec } from '../asm/operations/OperationSpec';
import { buildRequest } from '../client/buildRequest';
import { AsmValidationError } from '../client/errors/AsmValidationError';
import { endpointParts } from '../client/request/endpointParts';
import { UsageError } from './UsageError';

/** A stand-in target: building the request validates it without any setting being read or anything sent. */
const DRY_RUN_TARGET = { subscriptionId: '00000000-0000-0000-0000-000000000000', ...endpointParts('https://asm.invalid') };

/** `--label is required`, `--roleList[0].roleName must match …`: an issue as the command line names it. */
export function describeIssue(issue: { readonly path: string; readonly message: string }): string {
    const message = issue.message.replace(/\.$/, '');
    return `--${issue.path}${/^(is|must|names|does) /.test(message) ? ' ' : ': '}${message}`;
}

/**
 * Validates a call exactly as the client will (unknown names, required path parameters and body fields, the
 * catalogue's schema rules, pinned constants) by building its request offline. Throws a UsageError listing every
 * issue, each named by its option, before any setting is read or any request sent.
 */
export function checkCall(spec: OperationSpec, params: Readonly<Record<string, unknown>>): void {
    try {
        buildRequest(spec, params, DRY_RUN_TARGET);
    } catch (err) {
        if (!(err instanceof AsmValidationError)) throw err;
        const lines = err.issues.map(describeIssue);
        throw new UsageError(lines.length === 1 ? (lines[0] ?? err.message) : `invalid parameters:\n  ${lines.join('\n  ')}`, spec.name);
    }
}
