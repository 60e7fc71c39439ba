import { app } from '@azure/functions';

import { cleanupFunctions } from '../src/cleanup/cleanupFunctions';

const { timer } = cleanupFunctions();
app.timer(timer.name, timer.options);
