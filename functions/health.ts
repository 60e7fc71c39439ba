import { app } from '@azure/functions';

import { healthFunction } from '../src/health/healthFunction';

const f = healthFunction();
app.http(f.name, f.options);
