import type { BuildResult } from 'esbuild';

export declare const repoRoot: string;
export declare const outDir: string;
export declare const metaFile: string;
export declare function buildCli(options?: { quiet?: boolean }): Promise<BuildResult>;
