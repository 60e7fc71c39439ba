import type { TokenCredential } from '@azure/core-auth';

/** The Function App's storage account: a connection string (Azurite, keys) or service URLs + identity. */
export type CleanupStorageTarget =
    | { readonly connectionString: string }
    | { readonly tableServiceUrl: string; readonly queueServiceUrl: string; readonly blobServiceUrl: string; readonly credential: TokenCredential };
