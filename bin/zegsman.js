#!/usr/bin/env node
// Runs the CLI from the compiled build in dist/ when it is up to date (fast start-up), else the
// TypeScript in src/ through tsx's loader (see find-build.js).
import { moduleUrl } from './find-build.js';

const { main } = await import(await moduleUrl('cli/main.ts'));
process.exitCode = await main(process.argv.slice(2));
