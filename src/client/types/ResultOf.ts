import type { BodySchema, Infer } from '../../asm/schema/schema';
import type { AsyncResult } from './AsyncResult';

/** The model of an operation's response document, or undefined when it has none. */
export type ResponseModelOf<O> = O extends { readonly response?: infer R }
    ? [R & {}] extends [never]
        ? undefined
        : (R & {}) extends BodySchema
          ? Infer<R & {}>
          : undefined
    : undefined;

/**
 * What a call resolves to: `{ requestId }` for an asynchronous operation; for a `whenFlag:x` operation
 * `{ requestId }` when ASM answered 202, else the (usually absent) response model; for a synchronous operation the
 * response model or undefined. When the spec's `async` literal was widened, an operation with a response document
 * is taken as synchronous (ASM's asynchronous operations answer 202 with an empty body).
 */
export type ResultOf<O> = O extends { readonly async: infer A }
    ? [A] extends [true]
        ? AsyncResult
        : [A] extends [false]
          ? ResponseModelOf<O>
          : [A] extends [`whenFlag:${string}`]
            ? AsyncResult | ResponseModelOf<O>
            : [ResponseModelOf<O>] extends [undefined]
              ? AsyncResult | undefined
              : ResponseModelOf<O>
    : never;
