import type { HandlerContext } from './Handler';

/** A path parameter the route guarantees (the transport URI-decodes them). */
export function pathParam(ctx: HandlerContext, name: string): string {
    const value = ctx.request.pathParams[name];
    if (value === undefined) throw new TypeError(`The request for ${ctx.request.operation.name} has no path parameter '${name}'.`);
    return value;
}

export function optionalPathParam(ctx: HandlerContext, name: string): string | undefined {
    return ctx.request.pathParams[name];
}

/** A boolean query value: flags arrive as booleans, `embed-detail=true` as a string. */
export function queryFlag(ctx: HandlerContext, name: string): boolean {
    const value = ctx.request.query[name];
    return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

export function queryString(ctx: HandlerContext, name: string): string | undefined {
    const value = ctx.request.query[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The request body read with the operation's schema, viewed as the operation's request model. */
export function bodyOf<T extends object>(ctx: HandlerContext): Partial<T> {
    const body = ctx.request.body;
    return typeof body === 'object' && body !== null ? (body as Partial<T>) : {};
}
