import type { OperationSpec } from '../../asm/operations/OperationSpec';

/** An operation found for a request, with its URI-decoded path parameters and camelCase query parameters. */
export interface OperationMatch {
    readonly operation: OperationSpec;
    readonly pathParams: Readonly<Record<string, string>>;
    readonly query: Readonly<Record<string, string | boolean>>;
}

/** The shape of `src/asm/operations/matchOperation.ts`: the catalogue is the only route table. */
export type OperationMatcher = (method: string, pathAndQuery: string, bodyRootElement?: string) => OperationMatch | undefined;
