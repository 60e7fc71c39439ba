import type { IncomingMessage, ServerResponse } from 'node:http';

import { ADMIN_PREFIX, handleAdminRequest } from './admin/handleAdminRequest';
import type { EmulatorContext, ListenerRole } from './EmulatorContext';
import { handleManagementRequest } from './handleManagementRequest';

/** Every request of a listener: `/_admin/…` to the admin surface, everything else to the ASM pipeline. */
export function handleRequest(ctx: EmulatorContext, role: ListenerRole, req: IncomingMessage, res: ServerResponse): void {
    const isAdmin = (req.url ?? '').toLowerCase().startsWith(ADMIN_PREFIX);
    const work = isAdmin ? handleAdminRequest(ctx, req, res) : handleManagementRequest(ctx, role, req, res);
    work.catch((err: unknown) => {
        // Both handlers answer their own errors; this only guards the process against a bug in them.
        ctx.log(`asm-emulator: unhandled error: ${err instanceof Error ? err.message : String(err)}`);
        if (!res.headersSent) res.writeHead(500, { 'Content-Length': 0 });
        res.end();
    });
}
