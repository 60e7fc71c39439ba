/** What `GET /` answers when no function claims it (the host's "up and running" page, trimmed). */
export const HOME_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>asm-functions</title></head>
<body><h1>Your Functions 4.0 app is up and running</h1>
<p>asm-functions local host (npm start). Function list: <a href="/admin/functions">/admin/functions</a>.</p></body></html>
`;
