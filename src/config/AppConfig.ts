import type { CertificateSettings } from '../certs/certificateSettings';

/**
 * The Function App's storage account (`AzureWebJobsStorage`), either by connection string (`UseDevelopmentStorage=true`
 * is expanded to Azurite's well-known account) or identity-based (`AzureWebJobsStorage__queueServiceUri`, …,
 * read with the app's managed identity).
 */
export type StorageConfig =
    | {
          readonly kind: 'connectionString';
          /** The connection string to hand to the storage SDKs (holds the account key: never log it). */
          readonly connectionString: string;
          /** Whether it came from `UseDevelopmentStorage=true` (Azurite on 127.0.0.1:10000-10002). */
          readonly development: boolean;
          /** The account name, for messages and health reports. */
          readonly accountName: string;
      }
    | {
          readonly kind: 'identity';
          readonly queueServiceUrl: string;
          readonly tableServiceUrl?: string;
          readonly blobServiceUrl?: string;
          /** `AzureWebJobsStorage__credential`: `managedidentity` to use ManagedIdentityCredential only. */
          readonly credential?: 'managedidentity';
          /** `AzureWebJobsStorage__clientId`: a user-assigned identity. */
          readonly clientId?: string;
      };

/** Everything the functions are configured by, read once per instance and validated (see loadConfig). */
export interface AppConfig {
    /** `ASM_SUBSCRIPTION_ID`, lower-case GUID. */
    readonly subscriptionId: string;
    /** `ASM_ENDPOINT`, an https origin (default `https://management.core.windows.net`). */
    readonly endpoint: string;
    /** `ASM_CA_FILE`: extra CA certificates (PEM) trusted for the endpoint, read at load. */
    readonly ca?: string;
    /** The management certificate: Key Vault or a file (`ASM_CERT_*`, see src/certs/certificateSettings.ts). */
    readonly certificate: CertificateSettings;
    readonly storage: StorageConfig;
    /** `ASM_WAIT_MAX_SECONDS`: the longest `?wait=true` holds a request (default 200, below the platform's 230 s). */
    readonly waitMaxSeconds: number;
}
