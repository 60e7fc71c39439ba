import { app } from '@azure/functions';

import { appTracking } from '../src/tracking/appTracking';
import { handlePollMessage } from '../src/tracking/handlePollMessage';
import { POLL_QUEUE } from '../src/tracking/trackingNames';

app.storageQueue('pollOperation', {
    queueName: POLL_QUEUE,
    connection: 'AzureWebJobsStorage',
    handler: async (queueItem, context) => handlePollMessage(queueItem, context, await appTracking().deps()),
});
