/**
 * App settings `npm start` provides when neither the environment nor local.settings.json sets them (Core Tools
 * sets the same two). Schedules such as CLEANUP_SCHEDULE are not here: the functions default them themselves.
 */
export const LOCAL_DEFAULT_SETTINGS: Readonly<Record<string, string>> = {
    FUNCTIONS_WORKER_RUNTIME: 'node',
    AZURE_FUNCTIONS_ENVIRONMENT: 'Development',
};
