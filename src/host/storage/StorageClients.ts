import { TableClient } from '@azure/data-tables';
import { QueueClient, QueueServiceClient } from '@azure/storage-queue';

/** Queue and table clients per connection string, created once and shared by triggers and outputs. */
export class StorageClients {
    #queueServices = new Map<string, QueueServiceClient>();

    queue(connectionString: string, queueName: string): QueueClient {
        let service = this.#queueServices.get(connectionString);
        if (!service) {
            service = QueueServiceClient.fromConnectionString(connectionString, { retryOptions: { maxTries: 3, retryDelayInMs: 200 } });
            this.#queueServices.set(connectionString, service);
        }
        return service.getQueueClient(queueName);
    }

    table(connectionString: string, tableName: string): TableClient {
        const insecure = /Endpoint=http:|DefaultEndpointsProtocol=http(;|$)/i.test(connectionString);
        return TableClient.fromConnectionString(connectionString, tableName, { allowInsecureConnection: insecure });
    }
}
