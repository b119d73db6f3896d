import type { Doc } from '../model/doc.js';
import { findMentions } from '../entities/find-mentions.js';

/**
 * Finds PERSON / PLACE / ORG mentions: names (from the trained model when it has any, then gazetteers, patterns
 * and compromise), role titles ("the US Secretary of State", kind nominal), person pronouns and demonyms.
 * Names never overlap each other; nominal, pronoun and demonym mentions may overlap a name's title context.
 */
export function entities(doc: Doc): Doc {
  const { mentions, messages } = findMentions(doc);
  return { ...doc, messages, mentions };
}
