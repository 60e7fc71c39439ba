import { app } from '@azure/functions';

import { appContext } from '../src/app/appContext';
import { listOperationsFunction } from '../src/tracking/listOperationsFunction';

const f = listOperationsFunction(appContext);
app.http(f.name, f.options);
