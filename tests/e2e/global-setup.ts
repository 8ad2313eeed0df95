/** Builds the Chrome and Firefox extensions the browser tests load, so they never test a stale dist/. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  try {
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome', '--mv3'], { stdio: 'pipe', encoding: 'utf8' });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv2'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`wxt build failed:\n${stdout}\n${stderr}`);
  }
}
