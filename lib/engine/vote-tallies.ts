/**
 * The sides of a vote, each counted apart: "121 votes in favour, 98 against and 11 abstentions",
 * "passed 52-48". One report's votes against are then set against the other's, never against its
 * votes for.
 */
import type { Quantity } from './types';

/** Nouns a vote's tally is counted in: "121 votes in favour", "121 deputies voting in favour". */
const VOTERS = new Set(['vote', 'ballot', 'voting', 'deputy', 'lawmaker', 'legislator', 'member', 'senator', 'representative', 'councillor', 'councilor', 'delegate', 'mp']);
/**
 * Which side of a vote a figure counts, right after it and its noun: "98 against", "97 voted
 * against", "12 abstained", "98 for, 97 against". Not "12 for looting", nor "38,412 votes for
 * Smith", a candidate's share.
 */
const TALLY_AFTER = /^\s*(?:[a-z]+\s+)?(?:(?:voting|voted|were|was|cast)\s+)?(in\s+favou?r|for(?=\s*(?:[,;.)]|(?:and|the|it|them)\b|$))|against|abstain(?:ed|ing|s)?|abstentions?)\b/i;
/** A sentence about a vote: without one, "40 for" and "12 against" may be anything. */
const VOTE_CONTEXT = /\b(?:vot(?:e|es|ed|ing)|ballots?|motions?|abstain\w*|abstentions?)\b/i;

/**
 * "121 votes in favour, 98 against and 11 abstentions", "121 deputies voting in favour and 97
 * against": the sides of a vote, each counted apart, so that one report's votes against are set
 * against the other's and never against its votes for. A tally of another vote ("defeated by 112
 * votes to 104") says no side, and stays a count of votes.
 */
export function tallyOf(noun: string | null, after: string, sentence: string): string | null {
  if (noun === 'abstention') return 'abstention';
  if ((noun !== null && !VOTERS.has(noun)) || !VOTE_CONTEXT.test(sentence)) return null;
  const side = TALLY_AFTER.exec(after)?.[1]?.toLowerCase();
  if (side === undefined) return null;
  return side.startsWith('abst') ? 'abstention' : side === 'against' ? 'vote against' : 'vote for';
}

/**
 * "passed 52-48", "passed by a 98-2 vote", "the vote was 98 to 2": a tally written as a score, the
 * larger side first. In a bill passed or a vote held, the larger side is those for; in one
 * rejected, it is not told which side is which, and the score is left unread.
 */
const SCORE_RE = /(?<![\d.,$€£¥-])\b(\d{1,3})\s*(?:[-–]|\s+to\s+)(\d{1,3})\b(?![-–.,]?\d)(?=\s*(?:votes?\b|margin\b|in\b|on\b|to\b|with\b|[,;.)]|$))/g;
const PASSED = /\b(?:pass(?:es|ed|ing)?|approv(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|confirm(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|backed|endors(?:e|es|ed|ing))\b/i;
const REJECTED = /\b(?:reject\w*|defeat\w*|vot\w+\s+down|struck\s+down|block\w*|fail\w*)\b/i;

/** The two sides of each tally written as a score in a sentence about a vote (see SCORE_RE). */
export function scoresIn(view: string, original: string, from: number, to: number, base: number): Quantity[] {
  const sentence = view.slice(from, to);
  if (!(VOTE_CONTEXT.test(sentence) || PASSED.test(sentence)) || REJECTED.test(sentence)) return [];
  const out: Quantity[] = [];
  SCORE_RE.lastIndex = 0;
  for (let m = SCORE_RE.exec(sentence); m; m = SCORE_RE.exec(sentence)) {
    const [, forText, againstText] = m;
    const votesFor = Number(forText);
    const votesAgainst = Number(againstText);
    if (votesFor < votesAgainst) continue;
    const forStart = from + m.index;
    const againstStart = forStart + m[0].length - againstText!.length;
    const side = (value: number, start: number, text: string, unit: string): Quantity => ({
      kind: 'count', value, unit, text: original.slice(start, start + text.length), start: base + start, end: base + start + text.length, bound: 'exact', role: 'actual',
    });
    out.push(side(votesFor, forStart, forText!, 'vote for'), side(votesAgainst, againstStart, againstText!, 'vote against'));
  }
  return out;
}
