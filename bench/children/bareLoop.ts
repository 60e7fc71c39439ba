/**
 * Child: the practical limit — undici requests over one keep-alive Agent and fast-xml-parser parses of the bodies,
 * nothing else (no validation, retries, typed models), on the same emulator and workload as the clients.
 */
import { XMLParser } from 'fast-xml-parser';
import { Agent, request } from 'undici';

import { childMain } from '../lib/childProtocol';
import { runThroughput, type ThroughputInput } from '../lib/clientWorkload';

const X_MS_VERSION = '2014-10-01';

function asArray(value: unknown): unknown[] {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

childMain(async (input: ThroughputInput) => {
    const { access } = input;
    const dispatcher = new Agent({ connect: { ca: access.caPem, cert: access.certPem, key: access.keyPem } });
    const parser = new XMLParser({ ignoreAttributes: false });
    const get = async (path: string): Promise<Record<string, unknown>> => {
        const res = await request(`${access.endpoint}/${access.subscriptionId}${path}`, { dispatcher, headers: { 'x-ms-version': X_MS_VERSION } });
        const text = await res.body.text();
        if (res.statusCode !== 200) throw new Error(`GET ${path}: ${res.statusCode}`);
        return parser.parse(text) as Record<string, unknown>;
    };
    try {
        return await runThroughput(
            {
                listServiceNames: async () => {
                    const doc = (await get('/services/hostedservices')) as { HostedServices?: { HostedService?: unknown } };
                    return asArray(doc.HostedServices?.HostedService).map((s) => String((s as { ServiceName: unknown }).ServiceName));
                },
                getDetailed: async (serviceName) => {
                    const doc = (await get(`/services/hostedservices/${encodeURIComponent(serviceName)}?embed-detail=true`)) as {
                        HostedService?: { Deployments?: { Deployment?: unknown } };
                    };
                    return asArray(doc.HostedService?.Deployments?.Deployment).length;
                },
            },
            input,
        );
    } finally {
        await dispatcher.close();
    }
});
