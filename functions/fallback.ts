import { app } from '@azure/functions';

import { fallbackFunction } from '../src/facade/fallbackFunction';

const f = fallbackFunction();
app.http(f.name, f.options);
