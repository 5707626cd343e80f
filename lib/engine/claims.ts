/**
 * Which sentences are claims a reader can check, and the terms they are matched by. A claim
 * carries a number, or names someone or something doing or saying something checkable, or parties
 * acting together, or an agreement concluded.
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
  'characterize', 'characterise', 'note', 'add', 'stress', 'insist', 'undertake', 'form', 'condemn',
]);

/**
 * Lemmas of verbs of joint action ("provided by Russian military police in coordination with the
 * Americans and Jordanians"): checkable only when two or more parties are named, else they fill
 * every sentence of commentary.
 */
const JOINT_ACTION = new Set([
  'provide', 'coordinate', 'ensure', 'guarantee', 'secure', 'monitor', 'patrol', 'supply', 'deliver',
  'accelerate', 'expedite', 'speed', 'restore', 'resume', 'exchange', 'negotiate', 'mediate', 'broker',
  'implement', 'enforce', 'oversee', 'station', 'transfer', 'cooperate', 'support', 'join',
]);
/** Nouns of an agreement and the verbs that conclude one: "an agreement has been reached on …" is checkable with no one named. */
const AGREEMENT_NOUNS = new Set(['agreement', 'deal', 'accord', 'memorandum', 'treaty', 'ceasefire', 'cease-fire', 'truce', 'pact', 'armistice']);
const AGREEMENT_VERBS = new Set(['reach', 'sign', 'agree', 'conclude', 'strike', 'seal', 'ratify']);

const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'that', 'this', 'these', 'those', 'it', 'its', 'be', 'is', 'was', 'were', 'are', 'been',
  'has', 'have', 'had', 'do', 'does', 'did', 'not', 'which', 'who', 'whom', 'what', 'their', 'they',
  'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'also', 'than', 'then', 'there', 'so',
]);

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** "let's say what the sale is not", "let us agree": the writer's own aside, which reports nothing. */
function proposed(parsed: Parsed, i: number): boolean {
  return i >= 2 && /^(?:['’]s|us)$/i.test(parsed.tokens[i - 1]!.text) && /^let$/i.test(parsed.tokens[i - 2]!.text);
}

/** Modals of what may, might or should be: "Russia could launch an attack" reports no attack. */
const SUPPOSING = /^(?:would|could|might|should|may)$/i;
/** Words that may stand between such a modal and its verb: "could not have been". */
const BETWEEN_MODAL = /^(?:not|n't|have|be|been|also|still|never|well|easily|only|then)$/i;

/**
 * "could launch", "would have been sold", "might not sign": an act supposed, not one done. But
 * "could not provide" tells what someone failed to do.
 */
function supposed(parsed: Parsed, first: number, i: number): boolean {
  for (let j = i - 1; j >= first; j--) {
    const text = parsed.tokens[j]!.text;
    if (SUPPOSING.test(text)) return !(/^could$/i.test(text) && /^(?:not|n't)$/i.test(parsed.tokens[j + 1]?.text ?? ''));
    if (!BETWEEN_MODAL.test(text)) return false;
  }
  return false;
}

function hasVerb(parsed: Parsed, first: number, last: number, lemmas: ReadonlySet<string>): boolean {
  for (let i = first; i <= last; i++) {
    // "if only Yahoo had bought Snapchat": what follows a wish did not happen.
    if (/^only$/i.test(parsed.tokens[i]!.text) && i > first && /^if$/i.test(parsed.tokens[i - 1]!.text)) return false;
    if (parsed.tokens[i]!.pos === 'VERB' && lemmas.has(parsed.lemma(i).toLowerCase()) && !proposed(parsed, i) && !supposed(parsed, first, i)) return true;
  }
  return false;
}

function hasAgreementNoun(parsed: Parsed, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (parsed.tokens[i]!.pos === 'NOUN' && AGREEMENT_NOUNS.has(parsed.lemma(i).toLowerCase())) return true;
  }
  return false;
}

/** Verbs that attribute words to a speaker: the words quoted are what there is to check. */
const SPEECH = new Set(['say', 'tell', 'state', 'declare', 'add', 'note', 'stress', 'insist', 'emphasize', 'emphasise', 'warn', 'write', 'explain', 'claim']);

/**
 * Which tokens of a sentence are inside a direct quotation (the parser sees every double quote
 * as '"'); null when it quotes nothing. A sentence that opens inside a quotation begun in the
 * one before ("We want to unify," Lourimi said.) has an odd mark glued to the word before it.
 */
function quotedTokens(parsed: Parsed, first: number, last: number): boolean[] | null {
  const marks: number[] = [];
  for (let i = first; i <= last; i++) if (parsed.tokens[i]!.text === '"') marks.push(i);
  if (marks.length === 0) return null;
  const inside = new Array<boolean>(last - first + 1).fill(false);
  let open = marks.length % 2 === 1 && marks[0]! > first && parsed.tokens[marks[0]! - 1]!.end === parsed.tokens[marks[0]!]!.start ? first : -1;
  for (const mark of marks) {
    if (open < 0) { open = mark; continue; }
    for (let i = open; i <= mark; i++) inside[i - first] = true;
    open = -1;
  }
  if (open >= 0) for (let i = open; i <= last; i++) inside[i - first] = true;
  return inside;
}

/**
 * "“That’s a powerful combination,” Forte said.": a quotation that names no one and reports no
 * act, set in a sentence whose only act is saying it, is an opinion, whoever says it. Words quoted
 * inside a report of the writer's own ("Obama said concerns were "legitimate" but insisted
 * progress had been made") leave it a report: the words outside say more than who spoke, by
 * outnumbering the quotation or by a verb of their own.
 */
function quotesOnlyOpinion(parsed: Parsed, first: number, last: number): boolean {
  const inside = quotedTokens(parsed, first, last);
  if (!inside) return false;
  let attributed = false;
  let ownVerb = false;
  let quotedWords = 0;
  let otherWords = 0;
  for (let i = first; i <= last; i++) {
    const token = parsed.tokens[i]!;
    const quoted = inside[i - first]!;
    if (quoted && token.pos === 'PROPN') return false;
    if (token.type === 'word' && quoted) quotedWords++;
    else if (token.type === 'word') otherWords++;
    if (token.pos !== 'VERB' || proposed(parsed, i)) continue;
    const lemma = parsed.lemma(i).toLowerCase();
    if (CHECKABLE.has(lemma) && !SPEECH.has(lemma)) return false;
    if (quoted) continue;
    if (SPEECH.has(lemma)) attributed = true;
    // "Mercer Island-based": a verb glued into a compound describes a name.
    else if (parsed.tokens[i - 1]?.text !== '-') ownVerb = true;
  }
  return attributed && quotedWords > 0 && (!ownVerb || quotedWords >= otherWords);
}

/** What may follow a sentence's stop: quotation marks and brackets. */
const CLOSING = /["'”’)\]]+$/;
/** Tokens read back from a sentence's end for its stop. */
const TAIL = 8;

/**
 * How a sentence ends: its last mark before any closing quotation marks or brackets. A claim is
 * prose and ends with a full stop or an exclamation mark ("3 p.m." carries its own); a question asks
 * ("“Are there angry supporters?”"), and a line with no stop is a caption, a heading, a list's
 * opening ("two advantages:") or code.
 */
function endsAsProse(parsed: Parsed, first: number, last: number): boolean {
  const tail = parsed.tokens.slice(Math.max(first, last - TAIL), last + 1).map((t) => t.text).join('');
  return /[.!…]$/.test(tail.replace(CLOSING, ''));
}

/** "Clockwise from top:", "From left,", "Pictured:": a photograph's caption, which shows, not reports. */
const CAPTION_OPENING = /^(?:(?:clockwise\s+)?from\s+(?:left|right|top|bottom)(?:\s+to\s+\w+)?\s*[:,]|left\s+to\s+right\s*[:,]|(?:pictured|photograph|photo|image|main\s+image|caption|top|above)\s*:)/i;
/** Marks no prose has, that code and tables set in a page do: braces, box-drawing lines, arrows. */
const CODE_MARK = /^(?:[{}│─┼═]+|=>|\(\);?)$/;

function captionOrCode(parsed: Parsed, first: number, last: number): boolean {
  const opening = parsed.tokens.slice(first, Math.min(last + 1, first + 6)).map((t) => t.text).join(' ');
  if (CAPTION_OPENING.test(opening)) return true;
  for (let i = first; i <= last; i++) if (CODE_MARK.test(parsed.tokens[i]!.text)) return true;
  return false;
}

/** Fewest words of a sentence with a figure and a verb that is a claim ("Shares fell 4%." is not). */
const SHORT_CLAIM_WORDS = 3;

/** What a sentence offers to check: its figures, its named entities, and parties named by nationality ("the Jordanians"). */
export interface ClaimEvidence {
  quantities: number;
  entities: number;
  nationalities: number;
}

/**
 * Whether a sentence is a claim: it has a quantity; or it names someone and a checkable act; or it
 * names two parties or more acting together; or it reports an agreement reached or signed.
 */
export function isClaim(parsed: Parsed, first: number, last: number, evidence: ClaimEvidence): boolean {
  let words = 0;
  let verbs = 0;
  for (let i = first; i <= last; i++) {
    const token = parsed.tokens[i]!;
    if (token.type === 'word') words++;
    if (token.pos === 'VERB') verbs++;
  }
  if (!endsAsProse(parsed, first, last) || captionOrCode(parsed, first, last)) return false;
  // "Revenue climbed 11% to $4.27 billion.": a short sentence with a figure and a verb, ended as
  // prose is, still says something checkable; a short line of page furniture has no full stop.
  if (evidence.quantities > 0 && words >= SHORT_CLAIM_WORDS && verbs > 0 && parsed.tokens[last]?.text === '.') return true;
  if (words < 5) return false;
  if (evidence.quantities > 0) return true;
  if (quotesOnlyOpinion(parsed, first, last)) return false;
  if (evidence.entities > 0 && hasVerb(parsed, first, last, CHECKABLE)) return true;
  if (evidence.entities + evidence.nationalities >= 2 && hasVerb(parsed, first, last, JOINT_ACTION)) return true;
  return hasAgreementNoun(parsed, first, last) && hasVerb(parsed, first, last, AGREEMENT_VERBS);
}

/** Stemmed lower-case content words of a sentence, each once. */
export function claimTerms(parsed: Parsed, first: number, last: number): string[] {
  const terms = new Set<string>();
  for (let i = first; i <= last; i++) {
    const t = parsed.tokens[i]!;
    if (!CONTENT_POS.has(t.pos) || t.type !== 'word' && t.type !== 'number') continue;
    const lower = t.text.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    // A number is its own term: wink's stemmer turns "3.5" into "y.5".
    terms.add(t.type === 'number' ? lower : parsed.stem(i).toLowerCase());
  }
  return [...terms];
}
