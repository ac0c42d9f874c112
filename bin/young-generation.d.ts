/** Types of young-generation.js (plain JavaScript, run before anything is built). */
export declare const SEMI_SPACE_MB: number;
export interface YoungGenerationOptions {
  nodeMajor?: number;
  execArgv?: readonly string[];
  nodeOptions?: string;
  kindOf?: (arg: string) => 'file' | 'directory' | undefined;
}
export declare function youngGenerationFlags(args: readonly string[], options?: YoungGenerationOptions): string[];
