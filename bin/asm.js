#!/usr/bin/env node
'use strict';
// Thin shim: the CLI is TypeScript compiled to dist/ by `npm run build`.
const fs = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(cli)) {
    process.stderr.write(`asm: ${path.relative(process.cwd(), cli) || cli} is missing: run npm run build first.\n`);
    process.exit(1);
}
require(cli)
    .main(process.argv.slice(2))
    .catch((err) => {
        process.stderr.write(`asm: ${err && err.message ? err.message : String(err)}\n`);
        process.exit(1);
    });
