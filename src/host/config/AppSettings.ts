/** App settings as the functions see them: environment variables by name. */
export type AppSettings = Readonly<Record<string, string | undefined>>;
