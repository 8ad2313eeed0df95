/**
 * Runs the real command (bin/govreport-audit.js under node) the way a user would: the launcher and the
 * bundle it runs (dist/cli/, built once per test run by the globalSetup tests/cli/build-bundle.ts).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const binPath = fileURLToPath(new URL('../../bin/govreport-audit.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function runBin(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [binPath, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function jsonLines(stdout: string): any[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}
