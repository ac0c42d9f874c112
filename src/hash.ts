/**
 * Content hashes, with node:crypto loaded on the first hash rather than at import (issue 14, start-up): loading it
 * takes some 10 ms, and a run of one small file that imports no stylesheet, module or message file hashes nothing.
 */
import type { BinaryLike } from 'node:crypto';
import { lazyRequire } from './lazy-require.js';

const crypto = lazyRequire<typeof import('node:crypto')>('node:crypto');

/** The hex SHA-1 of a text or bytes: what the caches key a file's content by. */
export function sha1Hex(data: BinaryLike): string {
  return crypto().createHash('sha1').update(data).digest('hex');
}

/** The hex SHA-256 of a text: a finding's fingerprint. */
export function sha256Hex(text: string): string {
  return crypto().createHash('sha256').update(text).digest('hex');
}
