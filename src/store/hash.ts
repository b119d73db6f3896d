import { createHash } from 'node:crypto';

/**
 * The content hash of an article: sha256 (hex) of its raw text exactly as read, so that re-ingesting the same bytes
 * under any name is recognised, and any edit — even one clean would erase — counts as a new version.
 */
export function contentHash(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}
