#!/usr/bin/env node
// The last part of `pnpm test`, run after the build: the unit and example tests (Vitest) beside
// the consumer and release tests, whose waits for npm and a local registry leave some of the cores
// to Vitest (on 2 cores this saved about 15 s of 9 minutes: the cores are mostly busy already).
// Vitest writes as it goes; the other line's output is held and written after Vitest's, so each
// reads whole and the release test's summary stays the last line. Exits with Vitest's status if
// it failed, else with the other line's.
import { spawn } from 'node:child_process';

/** Runs a shell command line; resolves with its exit status. */
function start(command, { hold }) {
  const child = spawn(command, {
    shell: true,
    stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  const held = [];
  if (hold) {
    child.stdout.on('data', (chunk) => held.push([process.stdout, chunk]));
    child.stderr.on('data', (chunk) => held.push([process.stderr, chunk]));
  }
  const done = new Promise((resolve) => {
    child.on('error', (error) => {
      held.push([process.stderr, `${command}: ${error.message}\n`]);
      resolve(1);
    });
    child.on('close', (status, signal) => resolve(status ?? (signal === null ? 1 : 128)));
  });
  /** Writes what was held, then the rest as it comes. */
  const release = () => {
    if (!hold) return;
    child.stdout.removeAllListeners('data');
    child.stderr.removeAllListeners('data');
    for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
    child.stdout.on('data', (chunk) => process.stdout.write(chunk));
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  };
  return { done, release };
}

const unit = start('vitest run', { hold: false });
const packages = start('pnpm run test:consumers && pnpm run test:release', { hold: true });
const unitStatus = await unit.done;
packages.release();
const packagesStatus = await packages.done;
process.exit(unitStatus !== 0 ? unitStatus : packagesStatus);
