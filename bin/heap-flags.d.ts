/** Types of heap-flags.js (plain JavaScript, run before anything is built). */
export declare const SEMI_SPACE_MB: number;
export declare const HEAP_GROWING_FLAG: string;
export declare function userSizedHeap(execArgv?: readonly string[], nodeOptions?: string): boolean;
export interface YoungGenerationOptions {
  nodeMajor?: number;
  execArgv?: readonly string[];
  nodeOptions?: string;
  kindOf?: (arg: string) => 'file' | 'directory' | undefined;
}
export declare function youngGenerationFlags(args: readonly string[], options?: YoungGenerationOptions): string[];
export declare function isLargeRun(args: readonly string[], kindOf?: (arg: string) => 'file' | 'directory' | undefined): boolean;
