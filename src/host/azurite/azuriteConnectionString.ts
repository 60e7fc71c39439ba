/** Azurite's well-known development account and key (documented by Azurite; not a secret). */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1';
export const AZURITE_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** The ports Azurite listens on by default (what `UseDevelopmentStorage=true` means to the SDKs). */
export const AZURITE_DEFAULT_PORTS = { blob: 10000, queue: 10001, table: 10002 } as const;

export interface AzuritePorts {
    readonly blob: number;
    readonly queue: number;
    readonly table: number;
}

/** A connection string for Azurite's development account with explicit Blob/Queue/Table endpoints. */
export function azuriteConnectionString(ports: AzuritePorts = AZURITE_DEFAULT_PORTS, host = '127.0.0.1'): string {
    const base = (port: number): string => `http://${host}:${port}/${AZURITE_ACCOUNT_NAME}`;
    return [
        'DefaultEndpointsProtocol=http',
        `AccountName=${AZURITE_ACCOUNT_NAME}`,
        `AccountKey=${AZURITE_ACCOUNT_KEY}`,
        `BlobEndpoint=${base(ports.blob)}`,
        `QueueEndpoint=${base(ports.queue)}`,
        `TableEndpoint=${base(ports.table)}`,
    ].join(';');
}
