// npm start: builds the extension for the sandbox, starts the emulators and demo pages, and opens Chromium
// with the extension pointed at them. Ctrl-C stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const chromium = ensureChromium();
console.log('Building the extension (sandbox build)…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, SANDBOX: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn('npx', ['tsx', 'scripts/demo.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
const stop = () => child.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
