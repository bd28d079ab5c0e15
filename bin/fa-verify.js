#!/usr/bin/env node
// Entry point of the `fa-verify` command: the bundled CLI lives in dist/cli/ (built by `npm ci` via
// `prepare`: tsc, then scripts/bundleCli.mjs).
import { main } from '../dist/cli/main.js';

// A reader that goes away (`fa-verify list | head`) ends the output, not the process with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
