/**
 * Which sentences are claims a reader can check, and the terms they are matched by. A claim
 * carries a number, or names someone or something doing or saying something checkable.
 */
import type { Parsed } from './nlp';

// Lemmas of verbs that report or assert a checkable event.
const CHECKABLE = new Set([
  'say', 'tell', 'announce', 'state', 'confirm', 'deny', 'agree', 'sign', 'meet', 'appoint',
  'approve', 'pass', 'vote', 'kill', 'arrest', 'launch', 'attack', 'win', 'lose', 'elect', 'resign',
  'raise', 'cut', 'ban', 'impose', 'lift', 'seize', 'expel', 'accuse', 'charge', 'reach', 'decide',
  'commit', 'pledge', 'create', 'establish', 'report', 'release', 'hold', 'discuss', 'visit', 'order',
  'declare', 'veto', 'ratify', 'reject', 'accept', 'invade', 'strike', 'fire', 'shoot', 'bomb',
  'destroy', 'capture', 'sanction', 'fund', 'pay', 'buy', 'sell', 'acquire', 'close', 'open', 'host',
  'begin', 'end', 'last', 'spend', 'arrive', 'name', 'nominate', 'criticize', 'criticise',
  'warn', 'threaten', 'promise', 'assure', 'cite', 'brief', 'increase', 'decrease', 'rise',
  'fall', 'drop', 'grow', 'die', 'injure', 'wound', 'evacuate', 'deploy', 'withdraw', 'sue', 'rule',
  'convict', 'sentence', 'fine', 'publish', 'reveal', 'admit', 'emphasize', 'emphasise',
  'characterize', 'characterise', 'note', 'add', 'stress', 'insist', 'undertake', 'form',
]);

const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'that', 'this', 'these', 'those', 'it', 'its', 'be', 'is', 'was', 'were', 'are', 'been',
  'has', 'have', 'had', 'do', 'does', 'did', 'not', 'which', 'who', 'whom', 'what', 'their', 'they',
  'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'also', 'than', 'then', 'there', 'so',
]);

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

export function hasCheckableVerb(parsed: Parsed, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = parsed.tokens[i]!;
    if (t.pos === 'VERB' && CHECKABLE.has(parsed.lemma(i).toLowerCase())) return true;
  }
  return false;
}

/** Whether a sentence is a claim: it has a quantity, or entities and a checkable verb. */
export function isClaim(parsed: Parsed, first: number, last: number, quantities: number, entities: number): boolean {
  const words = parsed.tokens.slice(first, last + 1).filter((t) => t.type === 'word').length;
  if (words < 5) return false;
  if (parsed.tokens[last]?.text === '?') return false;
  if (quantities > 0) return true;
  return entities > 0 && hasCheckableVerb(parsed, first, last);
}

/** Stemmed lower-case content words of a sentence, each once. */
export function claimTerms(parsed: Parsed, first: number, last: number): string[] {
  const terms = new Set<string>();
  for (let i = first; i <= last; i++) {
    const t = parsed.tokens[i]!;
    if (!CONTENT_POS.has(t.pos) || t.type !== 'word' && t.type !== 'number') continue;
    const lower = t.text.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    terms.add(parsed.stem(i).toLowerCase());
  }
  return [...terms];
}
