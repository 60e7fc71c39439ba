#!/usr/bin/env node
'use strict';
// Thin shim: the emulator is TypeScript compiled to dist/ by `npm run build`.
const fs = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist', 'src', 'emulator', 'cli.js');
if (!fs.existsSync(cli)) {
    process.stderr.write(`asm-emulator: ${path.relative(process.cwd(), cli) || cli} is missing: run npm run build first.\n`);
    process.exit(1);
}
require(cli)
    .main(process.argv.slice(2))
    .catch((err) => {
        process.stderr.write(`asm-emulator: ${err && err.message ? err.message : String(err)}\n`);
        process.exit(1);
    });
