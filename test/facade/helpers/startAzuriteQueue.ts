/**
 * Azurite's queue service in this process, in memory, on a free loopback port: what AzureWebJobsStorage points to in
 * the health tests. Azurite ships no type declarations; the two classes used are described here.
 */
interface AzuriteServer {
    start(): Promise<void>;
    close(): Promise<void>;
    getHttpServerAddress(): string;
}
type AzuriteServerClass = new (configuration: unknown) => AzuriteServer;
type QueueConfigurationClass = new (...args: unknown[]) => unknown;

const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningQueueService {
    /** A connection string for the account (Azurite's well-known development account). */
    readonly connectionString: string;
    close(): Promise<void>;
}

export async function startAzuriteQueue(): Promise<RunningQueueService> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const QueueServer = (require('azurite/dist/src/queue/QueueServer') as { default: AzuriteServerClass }).default;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const QueueConfiguration = (require('azurite/dist/src/queue/QueueConfiguration') as { default: QueueConfigurationClass }).default;
    // host, port, keepAliveTimeout, metadataDBPath, extentDBPath, persistencePathArray, enableAccessLog,
    // accessLogWriteStream, enableDebugLog, debugLogFilePath, loose, skipApiVersionCheck, cert, key, pwd, oauth,
    // disableProductStyleUrl, isMemoryPersistence
    const configuration = new QueueConfiguration('127.0.0.1', 0, 0, undefined, undefined, undefined, false, undefined, false, undefined, false, true, '', '', '', undefined, false, true);
    const server = new QueueServer(configuration);
    await server.start();
    const port = new URL(server.getHttpServerAddress()).port;
    return {
        connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};QueueEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
        close: () => server.close(),
    };
}
