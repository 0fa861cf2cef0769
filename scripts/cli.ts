#!/usr/bin/env node
/**
 * ParkTwin command line: `npm run -s parktwin -- analyze <plots> [options]` (see scripts/cli/usage.ts
 * and DOMAIN.md §6).
 */
import { main } from './cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
