/**
 * A figure's role: what happened, or what was planned, forecast, promised or asked for ("now
 * expects earnings of $6.40 a share", "30 minutes were planned", "the bank projects growth of
 * 2.4%"). Two reports' figures are compared only in one role.
 */
import type { QuantityRole } from './types';

// A figure forecast, aimed at, promised or asked for is not yet what happened: "now expects
// earnings of $6.40 a share", "plans to invest $3bn", "hopes to vaccinate 70% of adults", "the
// target is to cut emissions by 50%", "pledged to plant 1 billion trees", "prosecutors had sought
// a 15-year sentence", "was billed to take the stage at 11.30 p.m.".
// "lifted off as scheduled at 8:51 p.m.", "rose 2%, as expected": what happened as planned happened.
const PLANNED_STRONG =
  /\b(?<!\bas\s+)(?:scheduled|planned|expected|expects?|expecting|supposed|intended|due|slated|billed\s+to|meant|set\s+to|was\s+to|were\s+to|foreseen|allotted|allocated|forecasts?|forecasted|projected|budgeted|plans?\s+to|planning\s+to|aims?\s+to|aiming\s+to|hopes?\s+to|hoping\s+to|intends?\s+to|targeting|(?:target|goal)s?\s+(?:(?:is|was)\s+to|of)|pledged?\s+to|pledges\s+to|promised?\s+to|promises\s+to|vow(?:s|ed)?\s+to|sought|seeks?|seeking|asked\s+for|requested|demanded|proposed|recommended)\b/i;
const PLANNED_NEAR = /\b(?:announced|originally|initially|official(?:ly)?)\b(?:\s+\w+){0,2}\s*$/i;
const PLANNED_AFTER = /^\s*(?:(?:as\s+)?(?:originally\s+|initially\s+)?(?:planned|scheduled|expected|foreseen|allotted))\b/i;
/**
 * "above the range of $29 to $32 a share it had set", "the $29-$32 range in its prospectus": a
 * range set beforehand is what was meant to be, not what came of it ("sold shares at $34").
 */
const RANGE_BEFORE = /\b(?:the|a|its|their|price)\s+range\s+of\s*$/i;
const RANGE_AFTER = /^\s*(?:(?:to|-|–)\s*\S+\s+)?(?:price\s+)?range\b/i;
/**
 * "well above the 75% threshold required", "the two-thirds majority needed to pass", "the central
 * bank's 2% inflation target": a bar set by a rule, or an aim, is what was asked for, not what came
 * of it ("87% of votes cast", "raised its rate to 3.25%"). Not goals, which a side scores ("51
 * league goals"), nor targets hit.
 */
const THRESHOLD_AFTER = /^\s*(?:threshold|hurdle|quorum|cut-?off|(?:[a-z-]+\s+)?target(?!s)|(?:majority|support|approval|backing)\s+(?:required|needed|necessary))\b/i;
/** "as many as 1,500 roles could be eliminated": what may be cut is foreseen, not yet done. */
const MAY_BE_CUT_AFTER = /^\s*(?:[\w.'’-]+\s+){0,2}?(?:could|may|might)\s+(?:(?:also|eventually|ultimately)\s+)?be\s+(?:lost|cut|eliminated|axed|shed|slashed|closed|shut|made\s+redundant)\b/i;
/** "the 45 minutes the White House had scheduled", "30 minutes were planned": a planning verb of the figure's own clause. */
const PLANNED_CLAUSE_AFTER = /^\s*(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){0,4}?(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:originally\s+|initially\s+)?(?:planned|scheduled|allotted|foreseen|expected|forecast|predicted|projected|set\s+aside)\b/i;
/** Being set free, said of people or goods yet to be: "would be freed", "are to be handed over". */
const SET_FREE = String.raw`freed|released|returned|exchanged|handed\s+over|set\s+free`;
/**
 * "said 500,000 doses would arrive on Wednesday", "200 more buses are due this week", "50 hostages
 * would be freed", "150 prisoners are to be released": what is yet to come, told by its own
 * clause. Only arriving or being set free: "2,000 workers will lose their jobs" is a decision
 * already taken, and a deal's "will pay" is its term.
 */
const ARRIVING_AFTER = new RegExp(
  String.raw`^\s*(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){0,5}?(?:(?:will|would|shall)\s+(?:(?:not|now|soon|also|only|then)\s+)?(?:arrive|enter|cross|be\s+(?:delivered|shipped|flown|sent|${SET_FREE}))|(?:is|are|was|were)\s+(?:due|expected)\s+(?:to\s+(?:arrive|be\s+delivered)|in|on|by|next|this|later|before|within)|(?:is|are|was|were)\s+to\s+be\s+[a-z]+ed)\b`,
  'i',
);
/**
 * "the bank sees inflation averaging 3.2%", "predicts growth of 2%": a verb of foresight with what
 * it foresees between it and the figure. Not "the city sees 20% more visitors", nor "sees about
 * 300 a day", where the figure is what is seen now.
 */
const FORESEEN = /\b(?:sees?|seeing|predicts?|predicting)\s+(?!(?:about|around|some|nearly|almost|roughly|over|more|less|fewer|up|just|only|at|an?)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*$/i;
/**
 * "the bank projects growth of 2.4%", "projects that the economy will grow 2%": "projects" as a
 * verb has what it foresees and a word that leads to the figure between it and the figure; as a
 * noun ("projects worth $3bn", "housing projects in 12 towns") it has not.
 */
const PROJECTS = /\b(?:projects|projecting)\s+(?:that\s+)?(?:the\s+)?[a-z][\w'’-]*\s+(?:of|at|to|averaging|around|near|will|would|could)\b(?:\s+[\w'’-]+){0,2}\s*$/i;
// A contrast or another number ends the stretch of text whose cue words apply to a number.
const CLAUSE_BREAK = /(?:\bbut\b|\binstead\b|\bwhile\b|\bwhereas\b|\bhowever\b|\bthen\b|;|—|–|\()/gi;

/**
 * "will cost it $30m", "could exceed $20m", "would save roughly $650m", "could take the total to
 * €107m", "spending next year will be €84.6bn": a modal with a verb of reaching or being an amount
 * foresees the figure. Not every modal: "will pay $68 a share" is a deal's term, as "agreed to
 * pay $68" is.
 */
const MODAL_FORECAST = /\b(?:will|would|could|might|should)\s+(?:not\s+)?(?:reach|exceed|top|total|cost|save|rise|fall|grow|climb|sell|hit|surpass|begin|start|take|bring|push|lift|raise)\b|\b(?:will|would|could|might|should)\s+(?:not\s+)?be\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|at\s+least|more\s+than|less\s+than|close\s+to)\s+)?$/i;
/** "50 hostages would be freed … in exchange for 150 prisoners": a release yet to come covers the figures after it in its clause too. */
const RELEASE_TO_COME = new RegExp(String.raw`\b(?:(?:will|would|shall)\s+(?:not\s+)?be|(?:is|are|was|were)\s+to\s+be)\s+(?:${SET_FREE})\b`, 'i');

/** Characters after a figure read for the clause it goes on with ("doses of oral cholera vaccine would arrive"). */
export const CLAUSE_REACH = 80;

/**
 * "Hamas is expected to free 50 hostages, and Israel 150 prisoners": a figure of a clause whose
 * verb is left out, after "and" and its subject's name, is in the role of the figure before it.
 */
export const GAPPED_CLAUSE = /^[^.;:]*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+$/u;

/**
 * Whether a figure is what happened or what was planned, forecast or asked for, from the words of
 * its clause before it (`window`), right after it (`after`) and the clause it goes on with.
 */
export function roleOf(window: string, after: string, clause: string): QuantityRole {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) start = m.index + m[0].length;
  const recent = window.slice(start).split(/\s+/).slice(-7).join(' ');
  if (PLANNED_STRONG.test(recent) || MODAL_FORECAST.test(recent) || RELEASE_TO_COME.test(window.slice(start)) || PLANNED_NEAR.test(recent) || FORESEEN.test(recent) || PROJECTS.test(recent) || PLANNED_AFTER.test(after) || PLANNED_CLAUSE_AFTER.test(after) || ARRIVING_AFTER.test(clause) || RANGE_BEFORE.test(recent) || RANGE_AFTER.test(after) || THRESHOLD_AFTER.test(after) || MAY_BE_CUT_AFTER.test(after)) return 'planned';
  return 'actual';
}
