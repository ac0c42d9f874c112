/** Types for corpus.mjs (plain JS so that `npm run bench` needs no build step of its own). */
export function generateCorpus(dir: string, options: { files: number; seed?: number }): { files: string[]; consent: number };
