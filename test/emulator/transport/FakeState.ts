import { AsmEmulatorError, type AsyncOutcome, type EmulatorRequest, type EmulatorResponse, type EmulatorStateApi } from '../../../src/emulator/EmulatorContract';

interface FakeService {
    readonly serviceName: string;
    readonly label: string;
    readonly location: string;
}

/**
 * A minimal in-memory state for transport tests only (the real one is src/emulator/state/EmulatorState.ts):
 * enough hosted-service behaviour to see requests go through, plus a record of every call the transport made.
 */
export class FakeState implements EmulatorStateApi {
    readonly requests: EmulatorRequest[] = [];
    readonly calls: { readonly method: string; readonly args: readonly unknown[] }[] = [];
    /** When set, handle() throws a plain Error (an emulator bug, not an ASM error). */
    throwUnexpected = false;
    private readonly services = new Map<string, Map<string, FakeService>>();
    private clock = Date.parse('2015-07-02T02:00:00Z');

    private estate(subscriptionId: string): Map<string, FakeService> {
        let estate = this.services.get(subscriptionId);
        if (!estate) this.services.set(subscriptionId, (estate = new Map()));
        return estate;
    }

    handle(request: EmulatorRequest): EmulatorResponse {
        this.requests.push(request);
        if (this.throwUnexpected) throw new Error('unexpected failure inside the state');
        const estate = this.estate(request.subscriptionId);
        const name = request.pathParams.serviceName ?? '';
        const notFound = () => new AsmEmulatorError(404, 'ResourceNotFound', 'The hosted service does not exist.');
        switch (request.operation.name) {
            case 'listHostedServices':
                return {
                    status: 200,
                    body: [...estate.values()].map((s) => ({ serviceName: s.serviceName, hostedServiceProperties: { label: s.label, location: s.location } })),
                };
            case 'getHostedServiceProperties': {
                const s = estate.get(name);
                if (!s) throw notFound();
                return { status: 200, body: { serviceName: s.serviceName, hostedServiceProperties: { label: s.label, location: s.location } } };
            }
            case 'createHostedService': {
                const body = request.body as { serviceName?: string; label?: string; location?: string };
                const serviceName = body.serviceName ?? '';
                if (estate.has(serviceName)) throw new AsmEmulatorError(409, 'ConflictError', 'The specified DNS name is already taken.');
                estate.set(serviceName, { serviceName, label: body.label ?? '', location: body.location ?? '' });
                return {
                    status: 201,
                    headers: { Location: `https://management.core.windows.net/subscriptions/${request.subscriptionId}/compute/${serviceName}` },
                };
            }
            case 'deleteHostedService':
                if (!estate.delete(name)) throw notFound();
                return { status: request.query.complete === true ? 202 : 200, body: { ignored: 'a 202 never has a body' } };
            default:
                throw new AsmEmulatorError(501, 'NotImplemented', `FakeState has no ${request.operation.name}.`);
        }
    }

    loadSeed(subscriptionId: string, seed: unknown): void {
        this.calls.push({ method: 'loadSeed', args: [subscriptionId, seed] });
        const estate = this.estate(subscriptionId);
        estate.clear();
        for (const s of (seed as { hostedServices?: FakeService[] }).hostedServices ?? []) estate.set(s.serviceName, s);
    }

    reset(): void {
        this.calls.push({ method: 'reset', args: [] });
        this.services.clear();
    }

    now(): number {
        return this.clock;
    }

    setClock(epochMs: number): void {
        this.calls.push({ method: 'setClock', args: [epochMs] });
        this.clock = epochMs;
    }

    advanceClock(ms: number): void {
        this.calls.push({ method: 'advanceClock', args: [ms] });
        this.clock += ms;
    }

    scriptOperation(operationName: string, outcome: AsyncOutcome, sticky?: boolean): void {
        this.calls.push({ method: 'scriptOperation', args: [operationName, outcome, sticky] });
    }

    setDefaultOperationDuration(ms: number): void {
        this.calls.push({ method: 'setDefaultOperationDuration', args: [ms] });
    }

    snapshot(subscriptionId: string): unknown {
        return { hostedServices: [...this.estate(subscriptionId).values()] };
    }
}
