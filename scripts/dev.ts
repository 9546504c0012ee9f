/**
 * npm run dev [-- WXT options] — WXT's development mode (a browser window with
 * Jejak loaded, reloaded on every change), after checking that this machine
 * can show a window at all (scripts/dev/display.ts).
 */
import { spawn } from 'node:child_process';
import { missingDisplay, noDisplayMessage } from './dev/display';

const args = process.argv.slice(2);
const firefox = args.some((arg, i) => (arg === '-b' || arg === '--browser') && args[i + 1] === 'firefox');
const reason = missingDisplay(process.platform, process.env);
if (reason) {
  console.error(noDisplayMessage(reason, firefox));
  process.exit(1);
}
const child = spawn('npx', ['wxt', ...args], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
