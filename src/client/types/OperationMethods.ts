import type { operations } from '../../asm/operations/catalogue';
import type { CallOptions } from '../AsmClientOptions';
import type { ParamsOf } from './ParamsOf';
import type { ResultOf } from './ResultOf';

/** The typed method of one operation: params optional when none is required. */
export type OperationMethod<O> = {} extends ParamsOf<O>
    ? (params?: ParamsOf<O>, options?: CallOptions) => Promise<ResultOf<O>>
    : (params: ParamsOf<O>, options?: CallOptions) => Promise<ResultOf<O>>;

/** One method per catalogue operation, generated from the catalogue object: `client.listHostedServices()`. */
export type OperationMethods = { readonly [K in keyof typeof operations]: OperationMethod<(typeof operations)[K]> };
