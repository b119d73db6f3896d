import type { Doc } from '../model/doc.js';
import { scanTimes } from '../dates/time-expressions.js';

/**
 * Adds `times`: dates, weekdays, relative expressions ("last Sunday", "next month"), durations ("for five years")
 * and bare years, normalized against the publication date. Without one, relative expressions are left out and
 * noted in `messages`.
 */
export function dates(doc: Doc): Doc {
  if (doc.text.length === 0) return { ...doc, times: [] };
  const { times, messages } = scanTimes(doc.text, doc.article.published, doc.sentences);
  return { ...doc, times, messages: messages.length ? [...doc.messages, ...messages] : doc.messages };
}
