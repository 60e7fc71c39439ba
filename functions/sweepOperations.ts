import { app } from '@azure/functions';

import { appTracking } from '../src/tracking/appTracking';
import { sweepSchedule } from '../src/tracking/sweepSchedule';
import { sweepOperations } from '../src/tracking/sweepOperations';

app.timer('sweepOperations', {
    schedule: sweepSchedule(process.env),
    handler: async (_timer, context) => {
        const report = await sweepOperations(await appTracking().deps(), context);
        context.info(`sweep: ${report.resentPolls} poll chain(s) re-started, ${report.resumedCompletions} completion(s) resumed.`);
    },
});
