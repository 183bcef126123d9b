/** Types of scripts/cli-county-data.mjs (used by tsup.config.ts). */
import type { Plugin } from 'esbuild';

export function splitCountyData(text: string, source: string): { code: string; file: string; bytes: Uint8Array };
export function countyDataFromFiles(): Plugin;
export function writeCountyDataFiles(root: string, outDir: string): void;
