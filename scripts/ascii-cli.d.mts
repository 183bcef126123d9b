/** Types of scripts/ascii-cli.mjs (imported by tsup.config.ts). */
export declare function asciiOnly(text: string): string;
export declare function asciiFile(file: string): boolean;
