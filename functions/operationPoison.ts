import { app } from '@azure/functions';

import { appTracking } from '../src/tracking/appTracking';
import { handlePoisonMessage } from '../src/tracking/handlePoisonMessage';
import { POLL_POISON_QUEUE } from '../src/tracking/trackingNames';

app.storageQueue('operationPoison', {
    queueName: POLL_POISON_QUEUE,
    connection: 'AzureWebJobsStorage',
    handler: async (queueItem, context) => handlePoisonMessage(queueItem, context, await appTracking().deps()),
});
