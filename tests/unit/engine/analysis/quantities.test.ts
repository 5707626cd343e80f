import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../lib/engine/analyze';
import { extractQuantities } from '../../../../lib/engine/quantities';
import { formatQuantity } from '../../../../lib/engine/quantity-compare';
import type { Quantity } from '../../../../lib/engine/types';

function only(sentence: string, kind: Quantity['kind']): Quantity[] {
  return extractQuantities(sentence, 0).filter((q) => q.kind === kind);
}

function one(sentence: string, kind: Quantity['kind']): Quantity {
  const found = only(sentence, kind);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('durations', () => {
  it('reads hours and minutes written in digits', () => {
    const q = one('The meeting lasted 2 hours and 16 minutes in the end.', 'duration');
    expect(q).toMatchObject({ value: 8160, unit: 's', text: '2 hours and 16 minutes', bound: 'exact', role: 'actual' });
  });

  it('reads thousands grouped with commas, and a comma between units as a separator', () => {
    expect(one('The lamp glowed for more than 1,000 hours.', 'duration')).toMatchObject({ value: 3_600_000, bound: 'atLeast', text: 'more than 1,000 hours' });
    expect(one('The meeting lasted 2 hours, 16 minutes.', 'duration').value).toBe(8160);
    expect(only('The coast gets 1,400–1,600 hours of sun.', 'duration').map((q) => [q.value / 3600, q.bound])).toEqual([[1400, 'atLeast'], [1600, 'atMost']]);
  });

  it('reads a race time written as a clock with seconds, or with more minutes than a day has hours, as a duration', () => {
    expect(one('Kiprotich won the race in 2:04:37 on Sunday.', 'duration')).toMatchObject({ value: 7477, text: '2:04:37' });
    expect(one('The leaders reached halfway in 62:10.', 'duration').value).toBe(3730);
    expect(only('Kiprotich won the race in 2:04:37 on Sunday.', 'time')).toEqual([]);
    expect(one('The alarm sounded at 14:32:05 local time.', 'time').value).toBe(872);
  });

  it('reads hours and minutes written in words', () => {
    expect(one('They spent two hours seventeen minutes together.', 'duration').value).toBe(8220);
  });

  it('reads a hyphenated fractional duration used as an adjective', () => {
    const q = one('Other topics came up in a two-and-a-half-hour meeting.', 'duration');
    expect(q.value).toBe(9000);
    expect(q.text).toBe('two-and-a-half-hour');
  });

  it('reads units running from larger to smaller as one duration, and a unit repeated as another', () => {
    const found = only('The meeting lasted 2 hours and 16 minutes, and 30 minutes was expected by officials.', 'duration');
    expect(found.map((q) => [q.text, q.value, q.role])).toEqual([['2 hours and 16 minutes', 8160, 'actual'], ['30 minutes', 1800, 'planned']]);
  });

  it('reads a length after "for" though "before" follows it, and an offset without "for"', () => {
    expect(one('The pair spoke alone for around 40 minutes before moving into a larger session.', 'duration')).toMatchObject({ value: 2400, bound: 'approx' });
    expect(only('He arrived 40 minutes before the meeting.', 'duration')).toEqual([]);
  });

  it('reads a range set beforehand as planned, and the price that came of it as actual', () => {
    const roles = (sentence: string) => only(sentence, 'money').map((q) => [q.value, q.role]);
    expect(roles('The price was above the range of $29 to $32 a share that Lumora had set.')).toEqual([[29, 'planned'], [32, 'planned']]);
    expect(roles('It sold shares at $34 each, compared with the $29-$32 range set out in its prospectus.')).toEqual([[34, 'actual'], [29, 'planned'], [32, 'planned']]);
  });

  it('reads a figure foreseen, with what is foreseen between the verb and it, as planned, and a figure seen now as actual', () => {
    expect(one('The bank sees inflation averaging 3.2 percent in 2025, she said.', 'percent').role).toBe('planned');
    expect(one('Analysts predict growth of 2.4% next year.', 'percent').role).toBe('planned');
    expect(one('The city sees 20% more visitors in summer.', 'percent').role).toBe('actual');
    expect(one('The shelter sees about 300 people a day.', 'count').role).toBe('actual');
  });

  it('reads a figure hoped for, promised or set as a target as planned, and one that beat or missed a target as actual', () => {
    expect(one('Officials hope to vaccinate 70% of adults by June.', 'percent').role).toBe('planned');
    expect(one('The target is to reduce emissions by 50 percent by 2030.', 'percent').role).toBe('planned');
    expect(one('The company pledged to plant 1 billion trees.', 'count').role).toBe('planned');
    expect(one('He vowed to cut taxes by 10%.', 'percent').role).toBe('planned');
    expect(one('The team beat its goal by 300 votes.', 'count').role).toBe('actual');
    expect(one('The club missed its target, selling 12,000 tickets.', 'count').role).toBe('actual');
  });

  it('reads a figure right before its target as planned, and the level reached beside it and the goals a side scored as actual', () => {
    expect(one('Policy will stay tight until inflation moves back to the central bank’s 2% target.', 'percent').role).toBe('planned');
    expect(one('Inflation is far above the 2 percent inflation target.', 'percent').role).toBe('planned');
    expect(one('The bank has raised its key interest rate to 3.25%.', 'percent').role).toBe('actual');
    expect(one('The club scored only 51 league goals last season.', 'count').role).toBe('actual');
  });

  it('reads "projects" as a verb of foresight when a word leading to the figure follows what it foresees, and as a noun otherwise', () => {
    expect(one('The bank projects growth of 2.4% next year.', 'percent').role).toBe('planned');
    expect(one('The ministry now projects that the deficit will reach 3.1% of output.', 'percent').role).toBe('planned');
    expect(one('The fund backs infrastructure projects worth $3bn.', 'money').role).toBe('actual');
    expect(one('Housing projects in 12 towns were halted.', 'count').role).toBe('actual');
  });

  it('reads what its own clause says would arrive or is due as planned, and a decision told with "will" as actual', () => {
    expect(one('The WHO said 500,000 doses of oral cholera vaccine would arrive from a global stockpile on Wednesday.', 'count').role).toBe('planned');
    expect(one('Another 200 buses are due this week, officials said.', 'count').role).toBe('planned');
    expect(one('Half a million doses of vaccine are expected this week.', 'count').role).toBe('planned');
    expect(one('The company said 2,000 workers will lose their jobs.', 'count').role).toBe('actual');
    expect(one('About 300 passengers arrived on Tuesday.', 'count').role).toBe('actual');
  });

  it('reads those its clause says are to be or would be set free as planned, with the figures after that in its clause, and those set free as actual', () => {
    expect(one('Under the deal, 50 hostages are to be released over the truce.', 'count').role).toBe('planned');
    expect(only('Officials said 50 hostages would be freed in exchange for 150 prisoners.', 'count').map((q) => q.role)).toEqual(['planned', 'planned']);
    expect(one('Officials said 200 aid trucks would enter the city each day.', 'count').role).toBe('planned');
    expect(only('On Friday 13 hostages were freed in exchange for 39 prisoners.', 'count').map((q) => q.role)).toEqual(['actual', 'actual']);
  });

  it('reads a figure whose verb is left out after "and" and a name in the role of the figure before it', () => {
    expect(only('Hamas is expected to free 50 hostages in total, and Israel 150 prisoners.', 'count').map((q) => q.role)).toEqual(['planned', 'planned']);
    expect(only('Hamas freed 13 hostages on Friday, and Israel 39 prisoners.', 'count').map((q) => q.role)).toEqual(['actual', 'actual']);
  });

  it('reads a figure forecast by the verb after it as planned', () => {
    expect(one('Up to 2 inches of rain is forecast for Sunday.', 'measure').role).toBe('planned');
  });

  it('reads a figure forecast, aimed at or asked for as planned, and both ends of a range alike', () => {
    expect(only('The company now expects full-year earnings of $6.40 to $6.60 a share.', 'money').map((q) => q.role)).toEqual(['planned', 'planned']);
    expect(only('It plans to invest $3bn in battery storage.', 'money').map((q) => q.role)).toEqual(['planned']);
    expect(one('Federal prosecutors had sought a 15-year sentence.', 'duration').role).toBe('planned');
    expect(one('He was sentenced to 11 years in federal prison.', 'duration').role).toBe('actual');
  });

  it('reads a sum a modal verb of reaching foresees as planned, and a deal\'s term stated with "will" as actual', () => {
    expect(only('Meridian estimates the breach will cost it $30m to $40m.', 'money').map((q) => q.role)).toEqual(['planned', 'planned']);
    expect(one('Analysts say a new penalty could exceed $20m this time.', 'money').role).toBe('planned');
    expect(one('He told analysts the combined company would save roughly $650m a year by 2027.', 'money').role).toBe('planned');
    expect(one('Lindqvist will pay $68 per share in cash.', 'money').role).toBe('actual');
    expect(one('Add-ons could take the total to €107m.', 'money').role).toBe('planned');
    expect(one('Repairs will take about an hour.', 'duration').role).toBe('planned');
  });

  it('reads a time written without "a.m." or "p.m." in the afternoon or evening when the words after it say so', () => {
    expect(one('The order was lifted at 1:30 Tuesday afternoon.', 'time').value).toBe(13 * 60 + 30);
    expect(one('The meeting began at 11:30 on Tuesday night.', 'time').value).toBe(23 * 60 + 30);
    expect(one('The museum opened at 9:30 Tuesday morning.', 'time').value).toBe(9 * 60 + 30);
    expect(one('The last train left at 19:15 in the evening.', 'time').value).toBe(19 * 60 + 15);
  });

  it('reads a time something happened shortly after or just before as a bound close to it, kept in its text', () => {
    expect(only('Ruiz conceded shortly after 11 p.m. and left just before midnight.', 'time').map((q) => [q.text, q.bound])).toEqual([['shortly after 11 p.m.', 'atLeast'], ['just before midnight', 'atMost']]);
    expect(one('The polls closed after 9 p.m. on Sunday.', 'time')).toMatchObject({ text: '9 p.m.', bound: 'atLeast' });
    expect(one('The train derailed at 7.52am.', 'time').bound).toBe('exact');
  });

  it('reads a figure a modal "be" leads to as planned, and not a date after what will be done', () => {
    expect(one('Total state spending next year will be 84.6 billion euros.', 'money').role).toBe('planned');
    expect(one('The deficit would be about 3.4% of GDP.', 'percent').role).toBe('planned');
    expect(one('Owners will be notified by mail starting March 3.', 'date').role).toBe('actual');
  });

  it('reads a figure that a planning verb of its own clause follows as planned', () => {
    expect(only('They met for about 38 minutes, shorter than the 45 minutes the White House had scheduled.', 'duration').map((q) => q.role)).toEqual(['actual', 'planned']);
    expect(one('Thirty minutes were planned for the talks.', 'duration').role).toBe('planned');
  });

  it('reads "an hour and a half" and "half an hour"', () => {
    expect(one('The talks took an hour and a half.', 'duration').value).toBe(5400);
    expect(one('The talks took half an hour.', 'duration').value).toBe(1800);
  });

  it('turns "over two hours" into a lower bound and keeps the hedge in the text', () => {
    const q = one('The meeting lasted for over two hours, officials said.', 'duration');
    expect(q).toMatchObject({ value: 7200, bound: 'atLeast', text: 'over two hours' });
  });

  it('counts the plural after a number though the tagger reads it as a verb: "17 aces"', () => {
    expect(one('Marinovic hit 17 aces in the final.', 'count')).toMatchObject({ value: 17, unit: 'ace' });
    expect(only('One says no.', 'count')).toEqual([]);
  });

  it('reads a clock written with a dot as one time in one sentence: "By 4.17am on Tuesday"', () => {
    const a = analyzeText('The first tremors came just after midnight. By 4.17am on Tuesday the ground on the eastern side had split open.');
    expect(a.claims.map((c) => c.quantities.map((q) => [q.kind, q.value]))).toEqual([[['time', 0]], [['time', 4 * 60 + 17]]]);
  });

  it('reads hours and minutes written as a clock after a word of length as how long: "ran for 3:12"', () => {
    expect(one('It was a four-set victory that ran for 3:12.', 'duration')).toMatchObject({ value: 3 * 3600 + 12 * 60, text: '3:12' });
    expect(one('The meeting started at 3:12.', 'time').value).toBe(192);
    expect(one('He reached halfway in 62:10.', 'duration').value).toBe(62 * 60 + 10);
  });

  it('reads a hedge before "a million" as the bound of the whole figure, article and all', () => {
    expect(one('Well over a million passengers are affected each day.', 'count')).toMatchObject({ value: 1_000_000, bound: 'atLeast', text: 'Well over a million' });
    expect(one('Nearly a dozen boats sank.', 'count')).toMatchObject({ value: 12, bound: 'atMost', text: 'Nearly a dozen' });
    expect(one('A million passengers are affected each day.', 'count')).toMatchObject({ bound: 'exact', text: 'A million' });
    expect(one('Around a hundred and forty flights were scrapped.', 'count')).toMatchObject({ value: 140, bound: 'approx' });
  });

  it('reads other hedges as approximate, lower or upper bounds', () => {
    expect(one('It lasted about 40 minutes.', 'duration').bound).toBe('approx');
    expect(one('It lasted more than 40 minutes.', 'duration').bound).toBe('atLeast');
    expect(one('It lasted at least 40 minutes.', 'duration').bound).toBe('atLeast');
    expect(one('It can last up to 40 minutes.', 'duration').bound).toBe('atMost');
    expect(one('It lasted nearly 40 minutes.', 'duration').bound).toBe('atMost');
  });

  it('marks a scheduled length as planned and the length that happened as actual', () => {
    const qs = only('The meeting, initially intended to take 30 minutes, but lasted for over two hours.', 'duration');
    expect(qs.map((q) => [q.value, q.role])).toEqual([[1800, 'planned'], [7200, 'actual']]);
  });

  it('marks an announced length and a length "planned in advance" as planned', () => {
    expect(only('They spent two hours seventeen minutes instead of the originally announced 35 minutes.', 'duration')
      .map((q) => [q.value, q.role])).toEqual([[8220, 'actual'], [2100, 'planned']]);
    expect(only('It lasted 2 hours and 16 minutes compared to 30 minutes planned in advance.', 'duration')
      .map((q) => [q.value, q.role])).toEqual([[8160, 'actual'], [1800, 'planned']]);
    for (const cue of ['was scheduled to last', 'was expected to last', 'was supposed to last', 'had been due to last']) {
      expect(one(`The session ${cue} 45 minutes.`, 'duration').role).toBe('planned');
    }
  });

  it('does not read a delay or an overrun as a duration', () => {
    expect(only('The meeting began about 20 minutes late.', 'duration')).toEqual([]);
    expect(only('It lasted nearly two hours longer than it was supposed to.', 'duration')).toEqual([]);
    expect(only('The vote came a week after the hearing, two years ago.', 'duration')).toEqual([]);
  });

  it('keeps a deadline told with "within", though it reads no other span after "within" or "after"', () => {
    expect(one('Regulators said the bank must repay the loan within 90 days.', 'duration')).toMatchObject({ value: 7_776_000, text: '90 days' });
    expect(only('The storm passed within two hours.', 'duration')).toEqual([]);
  });

  it('reads "more" or "full" between a number and its unit as a span of time, not a count of years', () => {
    expect(one('He would not publish the result for three more years.', 'duration')).toMatchObject({ value: 3 * 31_536_000, text: 'three more years' });
    expect(one('The project backports fixes for one full calendar year.', 'duration').value).toBe(31_536_000);
    expect(only('He would not publish the result for three more years.', 'count')).toEqual([]);
  });

  it('reads the span an amount is spread over as that span, not as more than it', () => {
    expect(one('The bill raised spending by $300 billion over two years.', 'duration')).toMatchObject({ value: 63_072_000, bound: 'exact', text: 'two years' });
    expect(one('The talks lasted over two hours.', 'duration').bound).toBe('atLeast');
  });

  it('reads no duration in an ordinal, a plural after an article or a title: "a second, longer book", "an hours-long wait", "the 30-Minute Movie series"', () => {
    expect(only('He wrote a second, more detailed book.', 'duration')).toEqual([]);
    expect(only('He was sent off for a second yellow card.', 'duration')).toEqual([]);
    expect(one('The screen froze for a second.', 'duration').value).toBe(1);
    expect(only('It was an hours-long wait at the border.', 'duration')).toEqual([]);
    expect(only('It aired as part of the Showtime 30-Minute Movie series.', 'duration')).toEqual([]);
  });

  it('reads no duration in an age: "11 months of age", a name followed by "(10 months)"', () => {
    expect(only('Infants ate peanut snacks by 11 months of age.', 'duration')).toEqual([]);
    expect(only('Buck Cullen sits with his daughter Kaiarahi (10 months) in his backyard.', 'duration')).toEqual([]);
    expect(one('The first round of talks (10 minutes) was cut short.', 'duration').value).toBe(600);
  });

  it('reads "one day" that tells when something happened as no duration', () => {
    expect(only('And then one day the machine did something strange.', 'duration')).toEqual([]);
    expect(one('The strike lasted one day.', 'duration').value).toBe(86_400);
  });

  it('reads "a year" set after a year it names again as no duration: "2017, a year that …"', () => {
    expect(only('The list covers the best albums of 1999, a year that changed pop.', 'duration')).toEqual([]);
    expect(one('By 1999, a year in Lyon had changed her.', 'duration').value).toBe(31_536_000);
  });

  it('reads the term a bond or a mortgage is named by as no duration: "the 10-year Treasury note", "a 30-year mortgage"', () => {
    expect(only('The yield on the 10-year Treasury note climbed to 4 percent.', 'duration')).toEqual([]);
    expect(only('Rates on a 30-year mortgage fell this week.', 'duration')).toEqual([]);
    expect(only('Investors dumped two-year bonds.', 'duration')).toEqual([]);
    expect(one('The judge handed down a 10-year sentence.', 'duration').value).toBe(10 * 31_536_000);
    expect(one('The striker joined on a two-year loan deal.', 'duration').value).toBe(2 * 31_536_000);
  });

  it('reads a day named for what it holds as no duration: "a day of national mourning", "a day of reckoning"', () => {
    expect(only('The president declared Friday a day of national mourning.', 'duration')).toEqual([]);
    expect(only('For the club, the final will be a day of reckoning.', 'duration')).toEqual([]);
    expect(one('The council declared three days of national mourning.', 'duration').value).toBe(3 * 86_400);
    expect(one('The envoys met for a day of talks.', 'duration').value).toBe(86_400);
  });

  it('does not read the span a record is told over as a duration: "a 40-year high", "a two-decade low"', () => {
    expect(only('Inflation hit a 40-year high of 9.1 percent in June.', 'duration')).toEqual([]);
    expect(only('The yen fell to a two-decade low against the dollar.', 'duration')).toEqual([]);
    expect(one('The lease runs for 20 years.', 'duration').value).toBe(20 * 31_536_000);
  });

  it('does not read the span a record is told over after its superlative as a duration: "the lowest in 50 years"', () => {
    expect(only('Unemployment fell to 3.5 percent, the lowest in 50 years.', 'duration')).toEqual([]);
    expect(only('It was the first time in more than a decade that prices fell.', 'duration')).toEqual([]);
    expect(only('The economy grew at its fastest pace in 20 years.', 'duration')).toEqual([]);
  });

  it('does not read the span a record is told over a few words after its superlative as a duration: "the worst crash in 20 years"', () => {
    expect(only('It was the worst mining disaster in more than 20 years.', 'duration')).toEqual([]);
    expect(only('The flood was the costliest in a decade.', 'duration')).toEqual([]);
    expect(only('It is the first such strike in 30 years.', 'duration')).toEqual([]);
    expect(only('It was the most serious attack on a police station in 15 years.', 'duration')).toEqual([]);
    expect(one('She was the first journalist jailed for 12 years under the law.', 'duration').value).toBe(12 * 31_536_000);
    expect(one('The priest for 20 years kept the chapel open.', 'duration').value).toBe(20 * 31_536_000);
  });

  it('does not read what an amount is counted per as a duration: "$119-a-year", "twice a week", "$650m a year"', () => {
    expect(only("Prime, Amazon's $119-a-year program, keeps growing.", 'duration')).toEqual([]);
    expect(only('The two teams meet twice a week.', 'duration')).toEqual([]);
    expect(only('The combined company would save roughly $650m a year by 2027.', 'duration')).toEqual([]);
    expect(only('Analysts think it could sell $3 billion a year at its peak.', 'duration')).toEqual([]);
    expect(one('The meeting lasted a week.', 'duration')).toMatchObject({ value: 604800, text: 'a week' });
  });

  it('reads "a year" after a figure and the noun it counts as what the figure is counted per', () => {
    expect(only('Owners could let a flat for no more than 120 nights a year.', 'duration')).toEqual([]);
    expect(only('The law would stop owners letting flats for more than 120 days in a year.', 'duration').map((q) => q.value)).toEqual([120 * 86400]);
    expect(only('The team trains three days a week.', 'duration').map((q) => q.value)).toEqual([3 * 86400]);
  });
});

describe('spans and fractions', () => {
  it('reads a span of two numbers as at least the first and at most the second, both in the unit written once', () => {
    expect(only('The meeting lasted between two and three hours, officials said.', 'duration').map((q) => [q.value, q.bound, q.text])).toEqual([
      [7200, 'atLeast', 'two'],
      [10800, 'atMost', 'three hours'],
    ]);
    expect(only('The session, planned for 30 to 35 minutes, ran on.', 'duration').map((q) => [q.value, q.bound, q.role])).toEqual([
      [1800, 'atLeast', 'planned'],
      [2100, 'atMost', 'planned'],
    ]);
    expect(only('Between 400 and 600 people were arrested.', 'count').map((q) => [q.value, q.unit, q.bound])).toEqual([
      [400, 'arrested', 'atLeast'],
      [600, 'arrested', 'atMost'],
    ]);
    expect(only('Prices rose 10 to 15 percent in May.', 'percent').map((q) => [q.value, q.bound])).toEqual([[10, 'atLeast'], [15, 'atMost']]);
  });

  it('reads two sums each written whole and joined by "to" or "between … and" as a span, but not a sum that changed "from … to", nor two sums joined by "and"', () => {
    const read = (sentence: string) => only(sentence, 'money').map((q) => [q.value, q.bound]);
    expect(read('The cuts would cost between $140 million and $160 million in severance.')).toEqual([[140e6, 'atLeast'], [160e6, 'atMost']]);
    expect(read('The breach will cost it $30m to $40m.')).toEqual([[30e6, 'atLeast'], [40e6, 'atMost']]);
    expect(read('Costs rose from $30m to $40m.')).toEqual([[30e6, 'exact'], [40e6, 'exact']]);
    expect(read('It paid fines of $5m and $8m.')).toEqual([[5e6, 'exact'], [8e6, 'exact']]);
  });

  it('reads a span of counts written with a dash, which the parser takes for one word', () => {
    expect(only('Police said 400-600 people marched through the city.', 'count').map((q) => [q.value, q.unit, q.bound])).toEqual([
      [400, 'protester', 'atLeast'],
      [600, 'protester', 'atMost'],
    ]);
  });

  it('does not add up two numbers joined by "and", nor read a score or a count of one-to-one talks as a span', () => {
    expect(only('Two and three hours were both proposed.', 'duration').map((q) => q.value)).toEqual([10800]);
    expect(only('The Senate voted 52-48 to pass the bill.', 'count').map((q) => [q.value, q.unit, q.bound])).toEqual([[52, 'vote for', 'exact'], [48, 'vote against', 'exact']]);
    expect(one('They held one-to-one talks.', 'count')).toMatchObject({ value: 1, bound: 'exact' });
  });

  it('reads a fraction written as one character, after digits or alone', () => {
    expect(one('The talks lasted 2½ hours.', 'duration')).toMatchObject({ value: 9000, text: '2½ hours' });
    expect(one('The talks lasted 6 ½ minutes.', 'duration').value).toBe(390);
  });
});

describe('dates and times', () => {
  it('reads dates written day first, month first and with a year', () => {
    expect(one('The truce began on 9 July.', 'date')).toMatchObject({ value: 709, unit: 'md' });
    expect(one('The truce began on July 9.', 'date')).toMatchObject({ value: 709, unit: 'md' });
    expect(one('They met on July 9, 2017 in Hamburg.', 'date')).toMatchObject({ value: 20170709, unit: 'ymd' });
    expect(one('It was signed on the 9th of July 2017.', 'date')).toMatchObject({ value: 20170709, unit: 'ymd' });
  });

  it('reads no date in a dateline, which says when the report was filed', () => {
    expect(only('Feb. 23, 2015 -- Peanut allergies have been on the rise for a decade.', 'date')).toEqual([]);
    expect(one('The trial began on Feb. 23, 2015 -- a Monday.', 'date').value).toBe(20150223);
    expect(only('LAGOS, Dec 28 (AfriWire) - Eleven people were killed in a crush late on Saturday.', 'date')).toEqual([]);
    expect(only('MUMBAI, 14 October (GlobalPress) — At least 14 people were killed on Tuesday.', 'date')).toEqual([]);
    expect(one('LAGOS (AfriWire) - The concert was held on Dec 27.', 'date').value).toBe(1227);
  });

  it('reads a time a performer was billed for as planned', () => {
    expect(one('T-Lanre, who had been billed to take the stage at 11.30 p.m., did not perform.', 'time').role).toBe('planned');
  });

  it('reads what happened as scheduled or as expected as what happened', () => {
    expect(one('The cargo ship lifted off as scheduled at 8:51 p.m. from Baikonur.', 'time').role).toBe('actual');
    expect(one('The launch was scheduled for 8:51 p.m. on Thursday.', 'time').role).toBe('planned');
  });

  it('reads a month and year as a month-precision date', () => {
    expect(one('The buildings were seized in December 2016.', 'date')).toMatchObject({ value: 201612, unit: 'ym' });
  });

  it('reads military clock times followed by a time zone word', () => {
    expect(one('The ceasefire came into force at 1200 Damascus time.', 'time')).toMatchObject({ value: 720, unit: 'min Damascus' });
  });

  it('reads a time told in a place’s time in that place’s zone, and one in local time as written', () => {
    expect(one('Relatives were told of the landing at 3.47pm Irish time.', 'time')).toMatchObject({ value: 947, unit: 'min Irish' });
    expect(one('The ceasefire is in force from midday, Damascus time, on July 9.', 'time')).toMatchObject({ value: 720, unit: 'min Damascus' });
    expect(one('It touched down at 4:47 p.m. local time.', 'time')).toMatchObject({ value: 1007, unit: 'min' });
  });

  it('reads a time told in the time of a place of several words in that place’s zone', () => {
    const times = extractQuantities('Bidders in the US saw it fall at 3.12pm New York time on Thursday.', 0).filter((q) => q.kind === 'time');
    expect(times).toMatchObject([{ value: 912, unit: 'min New York' }]);
  });

  it('reads the times of a report that states its zone in that zone, from the statement on, except a time said to be local', () => {
    const text = 'The fire broke out at 18:05. All times below are UTC unless otherwise stated.\n\nThe fire service declared the fire extinguished at 21:40 (23:40 local time).';
    const times = analyzeText(text, {}).claims.flatMap((c) => c.quantities).filter((q) => q.kind === 'time');
    expect(times.map((q) => [q.text, q.value, q.unit])).toEqual([
      ['18:05', 1085, 'min'],
      ['21:40', 1300, 'min UTC'],
      ['23:40', 1420, 'min'],
    ]);
  });

  it('reads a time in a zone of known offset in UTC, one in a zone of no fixed offset in that zone, and one with no zone as written', () => {
    expect(one('The rocket lifted off at 14:32 GMT on Thursday.', 'time')).toMatchObject({ value: 872, unit: 'min UTC' });
    expect(one('It launched from Florida at 10:32 a.m. EDT.', 'time')).toMatchObject({ value: 872, unit: 'min UTC' });
    expect(one('Trading opened at 9:30 a.m. ET.', 'time')).toMatchObject({ value: 570, unit: 'min ET' });
    expect(one('The first call came in at 2:41 p.m.', 'time')).toMatchObject({ value: 881, unit: 'min' });
  });

  it('reads noon, midday and clock times with am or pm', () => {
    expect(one('It starts at midday.', 'time').value).toBe(720);
    expect(one('It starts at noon.', 'time').value).toBe(720);
    expect(one('Polls close at 8 p.m. tonight.', 'time').value).toBe(1200);
    expect(one('The blast happened at 14:35 local time.', 'time').value).toBe(875);
  });

  it('reads both clock times of a span the parser calls a duration, and "AM" in capitals as no time zone', () => {
    expect(only('The dress was taken sometime between 8 AM and 9 PM Wednesday.', 'time').map((q) => [q.value, q.unit])).toEqual([[480, 'min'], [1260, 'min']]);
    expect(only('The dress was taken sometime between 8 AM and 9 PM Wednesday.', 'duration')).toEqual([]);
    expect(one('The attackers had access since February 11, the company said.', 'date').value).toBe(211);
  });

  it('reads no clock time at the head of a longer code, and no temperature in a name glued to a letter', () => {
    expect(only('The fix lives on as changeset 5:227d in the repository.', 'time')).toEqual([]);
    expect(one('The alert fired at 17:59: we had seen it earlier.', 'time').value).toBe(1079);
    expect(only('The format became a W3C recommendation in January.', 'measure')).toEqual([]);
  });

  it('does not read a bare four-digit number as a time', () => {
    expect(only('The company employs 1200 people.', 'time')).toEqual([]);
  });
});

describe('counts, money and percentages', () => {
  it('gives a count its counted noun in singular form', () => {
    expect(one('The US expelled 35 Russian agents.', 'count')).toMatchObject({ value: 35, unit: 'agent' });
    expect(one('It is one of four de-escalation zones.', 'count')).toMatchObject({ value: 4, unit: 'zone' });
  });

  it('counts the noun a hyphenated modifier describes, not the modifier\'s own noun: "four century-old schooners"', () => {
    expect(one('The Polaris is one of four century-old wooden schooners still fishing.', 'count')).toMatchObject({ value: 4, unit: 'schooner' });
    expect(one('The beaches drew thousands of bikini-clad tourists.', 'count').unit).toBe('tourist');
    expect(one('Police questioned 12 gang-members.', 'count').unit).toBe('member');
  });

  it('counts the noun a number is glued to by a hyphen, not the noun the compound describes: "a five-member panel" has five members', () => {
    expect(one('The government set up a five-member panel to investigate.', 'count')).toMatchObject({ value: 5, unit: 'member' });
    expect(one('Editors asked for 600-word articles.', 'count')).toMatchObject({ value: 600, unit: 'word' });
    expect(only('The team used a three-pronged approach.', 'count')).toEqual([]);
  });

  it('counts the noun a participle describes: "11 automated convenience stores", "12 injured people" are injured', () => {
    expect(one('It now has 11 automated Go convenience stores.', 'count')).toMatchObject({ value: 11, unit: 'store' });
    expect(one('Rebels freed 30 kidnapped children on Monday.', 'count')).toMatchObject({ value: 30, unit: 'child' });
    expect(one('The blast left 12 injured people in the street.', 'count')).toMatchObject({ value: 12, unit: 'injured' });
  });

  it('reads a part of a scale as the count it makes: "a quarter of a million people" are 250,000, not a million', () => {
    expect(one('Around a quarter of a million people attended.', 'count')).toMatchObject({ value: 250_000, bound: 'approx', text: 'Around a quarter of a million' });
    expect(one('Half a million people marched.', 'count').value).toBe(500_000);
  });

  it('reads a count whose scale is abbreviated as a sum\'s is: "1m people", "2bn users", "300k signatures"', () => {
    expect(one('Over 1m people signed the petition.', 'count')).toMatchObject({ value: 1e6, unit: 'people', bound: 'atLeast' });
    expect(one('About 1.5m households lost power.', 'count')).toMatchObject({ value: 1.5e6, unit: 'household', bound: 'approx' });
    expect(one('The firm has 2bn users.', 'count')).toMatchObject({ value: 2e9, unit: 'user' });
    expect(one('The petition has 300k signatures.', 'count')).toMatchObject({ value: 300_000, unit: 'signature' });
  });

  it('reads no count in metres written like a scale: "a 5m wall", "two 400m races"', () => {
    expect(only('They built a 5m wall.', 'count')).toEqual([]);
    expect(only('She ran two 400m races.', 'count').filter((q) => q.value > 2)).toEqual([]);
  });

  it('gives a count of a noun the lemmatiser does not know its singular form: "12 airstrikes", "3 smartphones"', () => {
    expect(one('Russia carried out 12 airstrikes overnight.', 'count').unit).toBe('airstrike');
    expect(one('They seized 3 smartphones.', 'count').unit).toBe('smartphone');
    expect(one('It aired 3 news bulletins.', 'count').unit).toBe('bulletin');
  });

  it('counts a people named by a capitalised plural, but not a place\'s own name', () => {
    expect(one('Libyan militants beheaded 21 Christians along the coast.', 'count')).toMatchObject({ value: 21, unit: 'christian' });
    expect(one('Thousands of Tunisians have joined jihadist groups.', 'count')).toMatchObject({ value: 2000, unit: 'tunisian', bound: 'atLeast' });
    expect(only('The bus carried 3 Britons and 2 Americans.', 'count').map((q) => [q.value, q.unit])).toEqual([[3, 'briton'], [2, 'american']]);
    expect(only('Troops left 3 Philippines.', 'count')).toEqual([]);
  });

  it('does not count "one" set against "another": "one structure over another"', () => {
    expect(only('You would choose one structure over another for tax reasons.', 'count')).toEqual([]);
    expect(only('Prices moved from one country to another last year.', 'count')).toEqual([]);
    expect(one('He sold one car and another truck.', 'count').unit).toBe('car');
  });

  it('does not read a person\'s age for a count of what happened to them: "the suspect, 28, was arrested", "who was 21 at the time"', () => {
    expect(only('Police said the suspect, 28, was arrested.', 'count')).toEqual([]);
    expect(only('The driver, 32, and two passengers, 19 and 20, were hurt.', 'count').map((q) => q.text)).toEqual(['two']);
    expect(only('He was 45 when he died.', 'count')).toEqual([]);
    expect(only('Roof, who was 21 at the time, was arrested the next day.', 'count')).toEqual([]);
    expect(one('The side, who was 21 points clear, won.', 'count').unit).toBe('point');
    expect(one('On Sunday, 12, including a child, died.', 'count')).toMatchObject({ value: 12, unit: 'dead' });
    expect(one('He was 12 points ahead.', 'count').unit).toBe('point');
  });

  it('does not count the whole of a share: "one in five adults", "nine in 10 voters", "two out of three people"', () => {
    expect(only('Two out of three people agreed.', 'count')).toEqual([]);
    expect(only('One in five adults smoke.', 'count')).toEqual([]);
    expect(only('Nine in 10 voters backed the plan.', 'count')).toEqual([]);
  });

  it('does not count a definite reference like "the two leaders"', () => {
    expect(only('The two leaders shook hands.', 'count')).toEqual([]);
  });

  it('does not count "others" as a thing of their own, nor a direction: what they are is told elsewhere', () => {
    expect(only('Harwood Falls is a city of about 140,000 west of Toronto.', 'count')).toEqual([]);
    expect(only('Two gunmen died, and three others may have escaped, officials said.', 'count').map((q) => [q.value, q.unit])).toEqual([[2, 'gunman killed']]);
  });

  it('does not read a number glued to a letter as a count: "4K display", "3D glasses", "F-16 jets", "H.264 video"', () => {
    expect(only('The headset has a roughly 4K display and 3D glasses.', 'count')).toEqual([]);
    expect(only('Two F-16 jets showed H.264 video to 40 reporters.', 'count').map((q) => q.text)).toEqual(['Two', '40']);
  });

  it('does not count the parts of a share: "two thirds of voters"', () => {
    expect(only('Two thirds of voters backed it.', 'count')).toEqual([]);
  });

  it('does not count "one" used as an article or a pronoun, but counts it after a verb or a hedge, or when something happened to the one', () => {
    for (const sentence of ['One idea holds that early computers were marketed to boys.', 'On one Facebook page a poster called it rude.', 'The middle one shows marks where a poacher struck.', 'It is worth it whether one needs a simple map or not.']) {
      expect(only(sentence, 'count')).toEqual([]);
    }
    expect(one('She has one child at the school.', 'count')).toMatchObject({ value: 1, unit: 'child' });
    expect(one('The email carries at least one web bug.', 'count')).toMatchObject({ value: 1, bound: 'atLeast' });
    expect(one('One person is still missing.', 'count').unit).toBe('missing');
  });

  it('does not count a sum\'s size that describes a noun, a compound of number words, or an age: "a billion-dollar deal", "a one-two punch", "age 5"', () => {
    expect(only('Anyone who has closed a billion-dollar acquisition deal will tell you so.', 'count')).toEqual([]);
    expect(only('Rising rates and a growing deficit are a one-two punch.', 'count')).toEqual([]);
    expect(only('Children who ate peanuts until age 5 cut their risk.', 'count')).toEqual([]);
  });

  it('does not read a year as a count, nor a vote\'s score as one number', () => {
    expect(only('The Senate passed it by a 98-2 vote in 2017.', 'count').map((q) => [q.value, q.unit])).toEqual([[98, 'vote for'], [2, 'vote against']]);
  });

  it('reads a decimal figure with its scale as written, not as its nearest binary fraction: "$4.1 billion" is "$4,100 million"', () => {
    expect(one('Analysts had expected revenue of $4.1 billion.', 'money').value).toBe(4_100_000_000);
    expect(one('Revenue came in at $4,100 million.', 'money').value).toBe(4_100_000_000);
    expect(one('The app reached 1.1 million users.', 'count').value).toBe(1_100_000);
  });

  it('reads money with its currency code and scale', () => {
    expect(one('The fund received $3.5 million last year.', 'money')).toMatchObject({ value: 3_500_000, unit: 'USD' });
    expect(one('Tickets cost 20 euros each.', 'money')).toMatchObject({ value: 20, unit: 'EUR' });
    expect(one('The deal is worth £2bn in total.', 'money')).toMatchObject({ value: 2e9, unit: 'GBP' });
    expect(only('Singapore spent about S$20 million on the summit, and $15 million on security.', 'money').map((q) => [q.value, q.unit])).toEqual([[20e6, 'SGD'], [15e6, 'USD']]);
    expect(only('Prices rose to Z$100 billion.', 'money')).toEqual([]);
    expect(one('Exports to Australia reached NZ$26.2b.', 'money')).toMatchObject({ value: 26.2e9, unit: 'NZD', text: 'NZ$26.2b' });
  });

  it('reads the currencies of many countries named after a sum, and one that several countries name alike by its name', () => {
    expect(one('The governor pledged 15 billion rupiah to rebuild homes.', 'money')).toMatchObject({ value: 15e9, unit: 'IDR' });
    expect(one('The court fined the firm 50,000 rand.', 'money')).toMatchObject({ value: 50_000, unit: 'ZAR' });
    expect(one('The regional government set aside 2 billion pesos for aid.', 'money')).toMatchObject({ value: 2e9, unit: 'pesos' });
    expect(only('The regional government set aside 2 billion pesos for aid.', 'count')).toEqual([]);
  });

  it('reads a currency named in the singular after its sum as money, and a pound of something as its weight', () => {
    expect(one('The caterer was fined 15,000 euro by the authority.', 'money')).toMatchObject({ value: 15_000, unit: 'EUR' });
    expect(one('The ministry released ten million euro for the farmers.', 'money')).toMatchObject({ value: 10e6, unit: 'EUR' });
    expect(one('Accra set aside 2 million cedi for the clean-up.', 'money')).toMatchObject({ value: 2e6, unit: 'GHS' });
    expect(only('He bought one pound of cherries.', 'money')).toEqual([]);
  });

  it('reads a sum whose thousands spaces group, as much of Europe writes it, and no two numbers spaced apart as one', () => {
    expect(one('The authority fined the caterer EUR 12 500.', 'money')).toMatchObject({ value: 12_500, unit: 'EUR', text: 'EUR 12 500' });
    expect(one('The club paid €1 200 000 for him.', 'money')).toMatchObject({ value: 1_200_000 });
    expect(only('In 2019 500 people came.', 'count').map((q) => q.value)).toEqual([500]);
  });

  it('reads a dollar named after its sum as that country\'s, and "a minimum of" as a lower bound', () => {
    expect(one('The company would charge a minimum of $100 Australian for a ride.', 'money')).toMatchObject({ value: 100, unit: 'AUD', bound: 'atLeast' });
    expect(one('The fine was a maximum of $5 million.', 'money')).toMatchObject({ unit: 'USD', bound: 'atMost' });
  });

  it('reads pounds as a weight unless written with £ or "sterling"', () => {
    expect(one('His grandfather hauled 500 pounds of halibut.', 'measure')).toMatchObject({ value: 226.796185, unit: 'kg', text: '500 pounds' });
    expect(only('The fishery is capped at 29.4 million pounds.', 'money')).toEqual([]);
    expect(one('They paid £500 for the boat.', 'money')).toMatchObject({ value: 500, unit: 'GBP' });
    expect(one('They paid 20 pounds sterling for it.', 'money')).toMatchObject({ value: 20, unit: 'GBP' });
  });

  it('reads percentages written with a sign or in words', () => {
    expect(one('Prices rose 5% in June.', 'percent')).toMatchObject({ value: 5, unit: '%' });
    expect(one('Turnout was about 12 percent lower.', 'percent')).toMatchObject({ value: 12, bound: 'approx' });
  });
});

describe('counted nouns', () => {
  const read = (sentence: string) => only(sentence, 'count').map((q) => [q.value, q.unit]);

  it('reads "two dozen" as one count, an abbreviation’s plural as the noun counted, and names joined by "and" before the noun as which of it', () => {
    expect(read('The company has had reports of two dozen fires and a dozen injuries.')).toEqual([[24, 'fire'], [12, 'injured']]);
    expect(read('Halvorsen is recalling 1.16 million SUVs, and 40 NGOs have complained.')).toEqual([[1_160_000, 'suv'], [40, 'ngo']]);
    expect(read('It is recalling 1,161,402 Stratus and Corvo SUVs built since 2019.')).toEqual([[1_161_402, 'suv']]);
    expect(read('Kim and seven other active-duty military officers were suspended.')).toEqual([[7, 'officer']]);
  });

  it('counts a part by the noun of the whole it is of: "72 of the 150 seats", "120 of its 410 stores", not "eighteen of the injured"', () => {
    expect(read('The party won 72 of the 150 seats.')).toEqual([[72, 'seat']]);
    expect(read("It took 72 of parliament's 150 seats.")).toEqual([[72, 'seat']]);
    expect(read("Officials placed 11 of the country's 18 districts on red alert.")).toEqual([[11, 'district']]);
    expect(read('The opposition holds 192 of the unicameral legislature’s 300 seats.')).toEqual([[192, 'seat']]);
    expect(read('The chain will close 120 of its 410 stores by May.')).toEqual([[120, 'store']]);
    expect(read('They sold 30 of their 90 horses.')).toEqual([[30, 'horse']]);
    expect(read('It is one of four de-escalation zones.')).toEqual([[4, 'zone']]);
    expect(read('He was found guilty on eight of the nine counts he faced.')).toEqual([[8, 'count']]);
    expect(read('Eighteen of the injured were children.')).toEqual([]);
  });

  it('counts each side of a vote apart, and a tally of another vote that names no side as votes', () => {
    expect(read('The bill passed with 121 votes in favour, 98 against and 11 abstentions.')).toEqual([[121, 'vote for'], [98, 'vote against'], [11, 'abstention']]);
    expect(read('It cleared its first reading, with 121 deputies voting in favour and 97 against.')).toEqual([[121, 'vote for'], [97, 'vote against']]);
    expect(read('A similar bill was defeated last year by 112 votes to 104.')).toEqual([[112, 'vote']]);
    expect(read('The motion passed with 98 for, 97 against.')).toEqual([[98, 'vote for'], [97, 'vote against']]);
    expect(read('After the vote police held 12 for looting.')).toEqual([]);
    expect(read('The team won 12 matches for the first time and lost 3 against rivals.')).toEqual([[12, 'match']]);
  });

  it('reads a tally written as a score in a vote or a bill passed as the votes for and against', () => {
    expect(read('The bill passed 52-48 in the Senate.')).toEqual([[52, 'vote for'], [48, 'vote against']]);
    expect(read('A week later the Senate passed by a 98-2 vote new sanctions.')).toEqual([[98, 'vote for'], [2, 'vote against']]);
    expect(read('The vote was 98 to 2.')).toEqual([[98, 'vote for'], [2, 'vote against']]);
    expect(read('The Senate rejected the bill 52-48.')).toEqual([]);
    expect(read('United came back to win 3-1 on Sunday.')).toEqual([]);
  });

  it('reads a figure with no noun whose verb follows it as a count of what the sentence counted before, told apart by the verbs', () => {
    expect(read('About 38,000 runners started the race, a record field for the event, and 36,412 finished.')).toEqual([[38000, 'runner that started'], [36412, 'runner that finished']]);
    expect(read('Organisers said more than 37,500 runners finished, out of some 38,000 who started in the morning chill.')).toEqual([[37500, 'runner that finished'], [38000, 'runner that started']]);
    expect(read('More than 1,900 firefighters battled the flames overnight.')).toEqual([[1900, 'firefighter']]);
    expect(read('Police said 12 people died, and 40 were taken to hospital.').map(([, unit]) => unit)).not.toContain('dead that were');
  });

  it('counts the noun that adjectives joined by "and" or "or" lead to', () => {
    expect(one('Hackers stole data belonging to about 9.4 million current and former customers.', 'count')).toMatchObject({ value: 9_400_000, unit: 'customer' });
    expect(one('The bank wrote to 300 small and large businesses.', 'count')).toMatchObject({ value: 300, unit: 'business' });
  });

  it('counts buildings and structures, homes and houses, each in one noun, and other nouns in their own', () => {
    const units = (sentence: string) => only(sentence, 'count').map((q) => q.unit);
    expect(units('The fire has destroyed 214 structures, including 97 homes, and damaged 31 more.')).toEqual(['building', 'home']);
    expect(units('At least 200 buildings have been destroyed, among them 97 houses.')).toEqual(['building', 'home']);
    expect(units('The storm flattened 40 barns and 12 sheds.')).toEqual(['barn', 'shed']);
  });
});

describe('offsets', () => {
  it('adds the sentence offset and keeps every quantity text equal to its slice', () => {
    const sentence = 'It lasted 2 hours and 16 minutes on July 9 at noon.';
    const prefix = 'Earlier text. ';
    const doc = prefix + sentence;
    const found = extractQuantities(sentence, prefix.length);
    expect(found.length).toBe(3);
    for (const q of found) expect(doc.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('measures and casualty counts', () => {
  const read = (sentence: string) => only(sentence, 'count').map((q) => [q.value, q.unit]);

  it('counts those a death, a rescue or an arrest "of" befell as the dead, the rescued or the arrested', () => {
    expect(read('Authorities confirmed the deaths of 14 people.')).toEqual([[14, 'dead']]);
    expect(read('The rescue of 23 crew took most of the night.')).toEqual([[23, 'crew rescued']]);
    expect(read('The court ordered the arrest of 12 officials.')).toEqual([[12, 'official arrested']]);
  });

  it('counts a group brought or airlifted to safety as rescued', () => {
    expect(read('Some 40 people were brought to safety.')).toEqual([[40, 'survivor']]);
    expect(read('23 sailors were airlifted to safety.')).toEqual([[23, 'sailor rescued']]);
  });

  it('reads a figure after "the", "all" or "its" only when the sentence tells what befell those counted', () => {
    expect(read('All 23 sailors died.')).toEqual([[23, 'sailor killed']]);
    expect(read('The three wounded were taken to Denver Health.')).toEqual([[3, 'injured']]);
    expect(read('The 12 members of the council voted.')).toEqual([]);
    expect(read('Its 40 stores will close.')).toEqual([]);
    expect(read('The first 10 survivors were brought ashore.')).toEqual([]);
    expect(read('Eleven people were taken to hospital. The other 20 were treated at the scene.')).toEqual([[11, 'injured']]);
  });

  it('counts residents ordered out or evacuated as the evacuated, and residents killed or merely counted as residents', () => {
    expect(read('About 8,000 residents of the town and two smaller communities have been ordered to leave their homes.')).toEqual([[8000, 'evacuated'], [2, 'community evacuated']]);
    expect(read('About 5,000 residents were evacuated on Sunday.')).toEqual([[5000, 'evacuated']]);
    expect(read('The eruption forced the evacuation of some 1,200 residents.')).toEqual([[1200, 'evacuated']]);
    expect(read('Nearly 1,500 people were ordered off the island on Tuesday.')).toEqual([[1500, 'evacuated']]);
    expect(read('Three residents were killed and two firefighters hurt.')).toEqual([[3, 'resident'], [2, 'firefighter injured']]);
    expect(read('The town has 8,000 residents.')).toEqual([[8000, 'resident']]);
    expect(read('Police said 300 people were told to leave the area.')).toEqual([[300, 'evacuated']]);
  });

  it('counts the gravely hurt apart from the injured, and no part of the injured or the dead as all of them', () => {
    expect(read('Eighteen of the injured were in serious condition, the regional health service said.')).toEqual([[18, 'seriously injured']]);
    expect(read('Doctors said 14 patients were in serious condition, four of them children.')).toEqual([[14, 'seriously injured']]);
    expect(read('Nine people were seriously hurt in the crash.')).toEqual([[9, 'seriously injured']]);
    expect(read('Three of the dead were children, officials said.')).toEqual([]);
    expect(read('Seven of the passengers were killed in the crash.')).toEqual([[7, 'dead']]);
  });

  it('counts the infected of an outbreak as its cases, and neither a part of the cases nor the infected as dead', () => {
    expect(read('The outbreak has killed 37 people and infected 1,240 since the first case was confirmed.')).toEqual([[37, 'dead'], [1240, 'case']]);
    expect(read('Zambia has recorded 1,312 cholera cases in the province.')).toEqual([[1312, 'case']]);
    expect(read('The outbreak of 2024 infected more than 20,000 people and killed over 700.')).toEqual([[20000, 'case'], [700, 'dead']]);
    expect(read('Some 410 patients needed hospital treatment, and 412 of the cases are children.')).toEqual([[410, 'hospitalised']]);
    expect(read('About a third of the cases are children under five.')).toEqual([]);
  });

  it('counts those driven from their homes as the evacuated', () => {
    expect(read('Floods killed two people, forcing about 4,500 from their homes.')).toEqual([[2, 'dead'], [4500, 'evacuated']]);
    expect(read('Rivers broke their banks, killing 17 people and displacing 36,000.')).toEqual([[17, 'dead'], [36000, 'evacuated']]);
    expect(read('Some 3,000 people were forced from their homes.')).toEqual([[3000, 'evacuated']]);
  });

  it('counts people admitted to hospital or needing its care as the hospitalised, apart from the injured taken there', () => {
    expect(read('Some 410 people have been admitted to hospital, the minister said.')).toEqual([[410, 'hospitalised']]);
    expect(read('Hospitals have admitted about 1,200 people for heatstroke.')).toEqual([[1200, 'hospitalised']]);
    expect(read('Four hundred and ten patients have so far needed hospital treatment.')).toEqual([[410, 'hospitalised']]);
    expect(read('Officials said 30 remain in hospital.')).toEqual([[30, 'hospitalised']]);
    expect(read('Police said 12 people were hospitalized overnight.')).toEqual([[12, 'hospitalised']]);
    expect(read('At least 30 people were injured in the fire and taken to hospital.')).toEqual([[30, 'injured']]);
    expect(read('Doctors said 40 patients were waiting.')).toEqual([[40, 'patient']]);
    expect(read('Two died in hospital overnight, and three people died in hospital on Sunday.')).toEqual([[2, 'dead'], [3, 'dead']]);
  });

  it('reads basis points and percentage points as one unit, a percentage point a hundred basis points, and points alone as a count', () => {
    const read = (sentence: string) => only(sentence, 'measure').map((q) => [q.value, q.unit, q.text]);
    expect(read('The bank cut its key policy rate by 50 basis points to 5.25% on Thursday.')).toEqual([[50, 'bp', '50 basis points']]);
    expect(read('The bank lowered its benchmark rate by half a percentage point, to 5.25 percent.')).toEqual([[50, 'bp', 'half a percentage point']]);
    expect(read('Unemployment rose two percentage points in a year.')).toEqual([[200, 'bp', 'two percentage points']]);
    expect(only('The Dow fell 300 points on Monday.', 'measure')).toEqual([]);
  });

  it('reads "half a" before a unit as half of it', () => {
    expect(one('The crowd stretched for half a mile along the river.', 'measure').value).toBeCloseTo(804.672);
  });

  it('puts lengths, areas, weights and speeds in one metric unit, however the number and the unit are written', () => {
    const read = (sentence: string) => only(sentence, 'measure').map((q) => [q.value, q.unit, q.text]);
    expect(read('They walked five miles to a 30-metre wall, then 10km more.')).toEqual([
      [8046.72, 'm', 'five miles'],
      [30, 'm', '30-metre'],
      [10_000, 'm', '10km'],
    ]);
    expect(read('The fire has burned 10,000 acres, about 4,000 hectares.')).toEqual([
      [40_468_560, 'm2', '10,000 acres'],
      [40_000_000, 'm2', 'about 4,000 hectares'],
    ]);
    expect(read('Winds of 120 mph hit the coast, and the ship carried 3 tonnes.')).toEqual([
      [193.12128, 'km/h', '120 mph'],
      [3_000, 'kg', '3 tonnes'],
    ]);
    expect(only('It covers 12 square miles.', 'measure').map((q) => q.unit)).toEqual(['m2']);
  });

  it('reads a temperature in degrees Celsius, whatever scale, sign and spelling it is written in', () => {
    const read = (sentence: string) => only(sentence, 'measure').map((q) => [q.value, q.unit, q.text]);
    expect(read('The town recorded 38C on Monday and 100 degrees Fahrenheit on Tuesday.')).toEqual([
      [38, '°C', '38C'],
      [37.78, '°C', '100 degrees Fahrenheit'],
    ]);
    expect(read('Overnight it fell to -5°C, and to minus five degrees Celsius in the hills.')).toEqual([
      [-5, '°C', '-5°C'],
      [-5, '°C', 'minus five degrees Celsius'],
    ]);
    expect(one('The pool is kept at 28 °C all year.', 'measure').value).toBe(28);
  });

  it('reads a span of temperatures or of lengths written with a dash as its lowest and highest: "18-24C", "5-10 cm"', () => {
    const read = (sentence: string) => only(sentence, 'measure').map((q) => [Number(q.value.toFixed(3)), q.unit, q.bound]);
    expect(read('Forecasters expect highs of 18-24C this week.')).toEqual([[18, '°C', 'atLeast'], [24, '°C', 'atMost']]);
    expect(read('Forecasters expect highs of 50-59F this week.')).toEqual([[10, '°C', 'atLeast'], [15, '°C', 'atMost']]);
    expect(read('The storm left 5-10 cm of snow.')).toEqual([[0.05, 'm', 'atLeast'], [0.1, 'm', 'atMost']]);
  });

  it('reads no temperature in a label, a lower-case letter or degrees with no scale', () => {
    expect(only('The rule is set out in Section 5C of the act.', 'measure')).toEqual([]);
    expect(only('He paid with a 5c coin.', 'measure')).toEqual([]);
    expect(only('The car made a 180-degree turn.', 'measure')).toEqual([]);
  });

  it('reads a height in feet and inches as one length', () => {
    expect(one('The centre is 6ft 4in tall.', 'measure')).toMatchObject({ value: 1.9304, unit: 'm', text: '6ft 4in' });
    expect(one('The centre stands 6 feet 4 inches tall.', 'measure')).toMatchObject({ value: 1.9304, text: '6 feet 4 inches' });
    expect(one('The club signed a 6-foot-4 forward.', 'measure')).toMatchObject({ value: 1.9304, text: '6-foot-4' });
    expect(one('The wall is 6 feet high.', 'measure').value).toBeCloseTo(1.8288);
  });

  it('reads the size of a file or a disk in bytes, not as a count', () => {
    const read = (sentence: string) => extractQuantities(sentence, 0).map((q) => [q.kind, q.value, q.unit, q.text]);
    expect(read('Players must download a 2GB update.')).toEqual([['measure', 2e9, 'B', '2GB']]);
    expect(read('The payload shrinks from 26.6 megabytes to 39 kilobytes.')).toEqual([
      ['measure', 26.6e6, 'B', '26.6 megabytes'],
      ['measure', 39e3, 'B', '39 kilobytes'],
    ]);
    expect(read('It runs at 2.3GHz, 12GB of memory and a 1 terabyte drive.')).toEqual([
      ['measure', 12e9, 'B', '12GB'],
      ['measure', 1e12, 'B', '1 terabyte'],
    ]);
  });

  it('reads a plant’s power in watts and the energy it makes in watt-hours, not as counts, and tells them apart', () => {
    const read = (sentence: string) => extractQuantities(sentence, 0).map((q) => [q.kind, q.value, q.unit, q.text]);
    expect(read('The 1.2-gigawatt plant has 1,200 MW of turbines.')).toEqual([
      ['measure', 1.2e9, 'W', '1.2-gigawatt'],
      ['measure', 1.2e9, 'W', '1,200 MW'],
    ]);
    expect(read('The grid used 40 terawatt-hours, and a 5 kW panel makes 20 kWh a day.')).toEqual([
      ['measure', 40e12, 'Wh', '40 terawatt-hours'],
      ['measure', 5e3, 'W', '5 kW'],
      ['measure', 20e3, 'Wh', '20 kWh'],
    ]);
    expect(formatQuantity(one('The plant makes 1,200 MW.', 'measure'))).toBe('1.2 GW');
  });

  it('reads no measure in a name written with a capital unit, nor in the tail of a fraction', () => {
    expect(only('He attended his first mass beaching on Ninety Mile Beach.', 'measure')).toEqual([]);
    expect(only('Cut the foam about 3/4 inch smaller.', 'measure')).toEqual([]);
  });

  it('reads an earthquake’s magnitude written before or after its figure', () => {
    expect(one('A magnitude 6.2 earthquake struck at night.', 'measure')).toMatchObject({ value: 6.2, unit: 'magnitude', text: 'magnitude 6.2' });
    expect(one('The 6.0 magnitude quake hit at dawn.', 'measure')).toMatchObject({ value: 6, unit: 'magnitude' });
    expect(one('It measured 5.8 on the Richter scale.', 'measure')).toMatchObject({ value: 5.8, unit: 'magnitude' });
    expect(one('It was followed hours later by a 7.6 tremor.', 'measure')).toMatchObject({ value: 7.6, unit: 'magnitude' });
    expect(one('Two quakes struck the region.', 'count')).toMatchObject({ value: 2, unit: 'quake' });
  });

  it('reads what happened to a figure with no noun from the verb right before it, not from one a word further off', () => {
    expect(only('Some strains cannot be treated using two or more, says a microbiologist.', 'count')).toEqual([]);
    expect(only('His father died before he was two, leaving his mother a widow.', 'count')).toEqual([]);
    expect(one('The blast killed at least 12, officials said.', 'count')).toMatchObject({ value: 12, unit: 'dead' });
  });

  it('counts the dead, the injured, the missing and the arrested by what happened to them, whatever noun counts them', () => {
    const read = (sentence: string) => only(sentence, 'count').map((q) => [q.value, q.unit, q.bound]);
    expect(read('The quake killed at least 250 people and injured 365 others.')).toEqual([[250, 'dead', 'atLeast'], [365, 'injured', 'exact']]);
    expect(read('The death toll from the earthquake that devastated villages in central Italy rose to 267 on Thursday.')).toEqual([[267, 'dead', 'exact']]);
    expect(read('Police said 12 were killed and 40 wounded.')).toEqual([[12, 'dead', 'exact'], [40, 'injured', 'exact']]);
    expect(read('More than 250 people were injured and 12 killed.')).toEqual([[250, 'injured', 'atLeast'], [12, 'dead', 'exact']]);
    expect(read('The tornado tore through towns, killing at least 14 people, injuring more than 120.')).toEqual([[14, 'dead', 'atLeast'], [120, 'injured', 'atLeast']]);
    expect(read('Police arrested 50 people after clashes that left 3 dead and 12 missing.')).toEqual([[50, 'arrested', 'exact'], [3, 'dead', 'exact'], [12, 'missing', 'exact']]);
    expect(read('Some 30,000 fled the city as the fire spread.')).toEqual([[30_000, 'evacuated', 'approx']]);
    expect(read('The number of people killed when the plane crashed near the city on Sunday rose to 70, police said.')).toEqual([[70, 'dead', 'exact']]);
    expect(read('The number of people arrested during the night of protests reached 120, police said.')).toEqual([[120, 'arrested', 'exact']]);
    expect(read('The number of flights cancelled rose to 70 on Monday, the airline said.')).toEqual([]);
  });

  it('counts those not accounted for and residents still missing as the missing', () => {
    const read = (sentence: string) => only(sentence, 'count').map((q) => [q.value, q.unit]);
    expect(read('Five people are dead and two people have not been accounted for.')).toEqual([[5, 'dead'], [2, 'missing']]);
    expect(read('Two residents are still missing, police said.')).toEqual([[2, 'missing']]);
    expect(read('The company said it had not accounted for 12 people in its report.')).toEqual([[12, 'people']]);
  });

  it('counts a toll told with no noun after its figure, whatever words come between "the number of" and what it counts', () => {
    expect(read('The number of people confirmed dead after the bridge collapsed rose to 31 on Friday.')).toEqual([[31, 'dead']]);
    expect(read('The number of confirmed deaths stands at 12.')).toEqual([[12, 'dead']]);
    expect(read('The number of injured rose to 40 overnight.')).toEqual([[40, 'injured']]);
    expect(read('Officials say the death toll stands at 82.')).toEqual([[82, 'dead']]);
    expect(read('Another landslide killed two, bringing the toll to 14.')).toEqual([[2, 'dead'], [14, 'dead']]);
    expect(read('The number of people in the shelter rose to 400.')).toEqual([]);
  });

  it('counts those a disaster left alive as survivors, rescued, saved or pulled alive, apart from the dead', () => {
    expect(read('Divers brought 58 survivors to the shore.')).toEqual([[58, 'survivor']]);
    expect(read('Officials said 58 people were rescued.')).toEqual([[58, 'survivor']]);
    expect(read('Only 58 passengers survived.')).toEqual([[58, 'passenger rescued']]);
    expect(read('Only 58 people survived.')).toEqual([[58, 'survivor']]);
    expect(read('Crews pulled 7 people alive from the rubble.')).toEqual([[7, 'survivor']]);
    expect(read('The storm killed 9 people and 30 were saved by fishermen.')).toEqual([[9, 'dead'], [30, 'survivor']]);
    expect(read('The merger saved 300 jobs.')).toEqual([[300, 'job']]);
  });

  it('counts the people out protesting, whether a verb or a noun says so, and never takes March for a march', () => {
    expect(read('The interior ministry said 1.27 million people demonstrated nationwide.')).toEqual([[1_270_000, 'protester']]);
    expect(read('In the capital, police counted 87,000 marchers and 3,000 demonstrators.')).toEqual([[87_000, 'protester'], [3_000, 'protester']]);
    expect(read('About 300 people arrived in March, officials said.')).toEqual([[300, 'people']]);
  });

  it('does not count a number that labels what it follows: "a Category 4 storm", "Article 5"', () => {
    expect(only('It made landfall as a Category 4 storm.', 'count')).toEqual([]);
    expect(only('Under Article 5 all members must respond.', 'count')).toEqual([]);
    expect(only('It sold the Model 3 sedan.', 'count')).toEqual([]);
  });

  it('does not count a number that is part of a name after a capitalised word: "the ATR 72 aircraft", "Apollo 11"', () => {
    expect(only('The ATR 72 aircraft carried 71 people.', 'count').map((q) => q.value)).toEqual([71]);
    expect(only('He flew a Boeing 737 with 150 passengers.', 'count').map((q) => q.value)).toEqual([150]);
    expect(one('The Apollo 11 crew spent 21 hours on the Moon.', 'duration').value).toBe(21 * 3600);
  });

  it('does not count a product\'s number at the head of a sentence: "Xbox 360 owners", "Office 365 users"', () => {
    expect(only('Xbox 360 owners will lose online play next year.', 'count')).toEqual([]);
    expect(only('Office 365 users reported outages on Tuesday.', 'count')).toEqual([]);
    expect(only('iPhone 15 buyers queued outside the store.', 'count')).toEqual([]);
    expect(one('Some 400 people queued outside the store.', 'count').value).toBe(400);
    expect(one('Nearly 300 buyers queued outside the store.', 'count').value).toBe(300);
  });

  it('reads a model\'s number as part of its name, even one with a capital inside, and counts the noun after it: "2.5 million iPhone 7 units"', () => {
    expect(only('Apple sold 2.5 million iPhone 7 units in the quarter.', 'count').map((q) => [q.value, q.unit])).toEqual([[2_500_000, 'unit']]);
    expect(only('The airline ordered 300 Boeing 737 jets.', 'count').map((q) => [q.value, q.unit])).toEqual([[300, 'jet']]);
  });

  it('still counts a number after a weekday or a place that opens its sentence', () => {
    expect(one('On Monday 20 people were hurt.', 'count')).toMatchObject({ value: 20, unit: 'injured' });
    expect(one('In Paris 300 people marched.', 'count')).toMatchObject({ value: 300, unit: 'protester' });
  });

  it('reads the days a thing ran over as its first day at least and its last at most: "7-8 July 2017", "July 7-8"', () => {
    const read = (sentence: string) => only(sentence, 'date').map((q) => [q.value, q.bound]);
    expect(read('The summit runs from 7 to 8 July 2017.')).toEqual([[20170707, 'atLeast'], [20170708, 'atMost']]);
    expect(read('The G20 summit was held on July 7-8, 2017.')).toEqual([[20170707, 'atLeast'], [20170708, 'atMost']]);
    expect(read('The talks ended on the night of 12-13 June.')).toEqual([[612, 'atLeast'], [613, 'atMost']]);
    expect(read('It was held on 9 July.')).toEqual([[709, 'exact']]);
  });

  it('leaves the full stop after "3pm" to the sentence, and keeps the one of "p.m."', () => {
    expect(one('The storm hit around 3pm.', 'time')).toMatchObject({ value: 900, text: 'around 3pm' });
    expect(one('It began at 9 a.m.', 'time')).toMatchObject({ value: 540, text: '9 a.m.' });
  });

  it('reads no second in "a second reading", and leaves the full stop after a date to the sentence', () => {
    const found = extractQuantities('The bill would go ahead, with a second reading on 12 June.', 0);
    expect(found.map((q) => [q.kind, q.text])).toEqual([['date', '12 June']]);
  });

  it('ends a sum of money at a comma that ends its clause', () => {
    expect(one('He was fined $400,000, the maximum allowed.', 'money')).toMatchObject({ value: 400_000, unit: 'USD', text: '$400,000' });
  });

  it('reads "estimated at" as an approximation', () => {
    expect(one('Turnout was estimated at 74 percent.', 'percent')).toMatchObject({ value: 74, bound: 'approx' });
  });

  it('counts a workforce in employees and the jobs it loses in job cuts, whatever noun counts them', () => {
    const unit = (sentence: string) => one(sentence, 'count').unit;
    expect(unit('The company employs about 9,800 people.')).toBe('employee');
    expect(unit('The group has about 10,000 employees.')).toBe('employee');
    expect(unit('Orvale will cut about 1,800 jobs this year.')).toBe('job cut');
    expect(unit('Orvale Systems is laying off roughly 2,000 employees.')).toBe('job cut');
    expect(unit('The bank announced 3,000 job cuts on Monday.')).toBe('job cut');
    expect(unit('Police said 300 people attended the meeting.')).toBe('people');
  });

  it('counts jobs told lost after their figure as job cuts, and people who go elsewhere as themselves', () => {
    const unit = (sentence: string) => one(sentence, 'count').unit;
    expect(unit('About 4,000 jobs will be lost, a spokeswoman said.')).toBe('job cut');
    expect(unit('Some 1,200 jobs are to go at the plant.')).toBe('job cut');
    expect(unit('Last year 300 workers were laid off.')).toBe('job cut');
    expect(one('Hundreds of jobs will be lost at the plant.', 'count').unit).toBe('job cut');
    expect(unit('On Monday 300 workers will go on strike.')).toBe('worker');
  });

  it('counts roles and positions cut as job cuts, and those that may be cut as foreseen', () => {
    expect(one('The merged company is expected to eliminate roughly 1,200 positions.', 'count')).toMatchObject({ unit: 'job cut', role: 'planned' });
    expect(one('Staff were told that as many as 1,500 roles could be eliminated.', 'count')).toMatchObject({ unit: 'job cut', role: 'planned', bound: 'atMost' });
    expect(one('Last year 300 roles were eliminated.', 'count')).toMatchObject({ unit: 'job cut', role: 'actual' });
    expect(one('The actor has played 12 roles on stage.', 'count').unit).toBe('role');
  });

  it('counts a crowd as an attendance, whatever noun follows its figure or the tagger takes for one', () => {
    expect(one('A crowd of 75,000 watched the game on Saturday.', 'count')).toMatchObject({ value: 75_000, unit: 'attendance' });
    expect(one('The match was played in front of a crowd of about 75,024 fans.', 'count').unit).toBe('attendance');
    expect(one('A crowd of 14,800 rose to its feet.', 'count').unit).toBe('attendance');
    expect(one('Some 13,000 spectators gave both men a long ovation.', 'count')).toMatchObject({ value: 13_000, unit: 'attendance' });
    expect(one('He won in front of 15,000 fans.', 'count').unit).toBe('attendance');
  });

  it('reads a sum in brackets after one in another currency as its conversion, no figure of its own: "S$20 million ($15 million)"', () => {
    const read = (sentence: string) => only(sentence, 'money').map((q) => [q.value, q.unit]);
    expect(read('Singapore spent about S$20 million ($15 million) on the summit.')).toEqual([[20e6, 'SGD']]);
    expect(read('It includes $1.4bn (about €1.2bn) for air defence.')).toEqual([[1.4e9, 'USD']]);
    expect(read('The fine rose from €3m (about €3.1m with interest).')).toEqual([[3e6, 'EUR'], [3.1e6, 'EUR']]);
  });

  it('reads a decimal read aloud: "four point two million", "three point five percent"', () => {
    expect(one('The winner earns four point two million Australian dollars.', 'money')).toMatchObject({ value: 4_200_000, unit: 'AUD' });
    expect(one('Inflation rose to three point five percent.', 'percent').value).toBe(3.5);
    expect(only('The club set out a five point plan.', 'percent')).toEqual([]);
  });

  it('reads a sum written in words or named by its country in words as money: "ten million dollars", "300 Canadian dollars", "20 Swiss francs"', () => {
    const read = (sentence: string) => only(sentence, 'money').map((q) => [q.value, q.unit]);
    expect(read('It cost a million dollars, then half a billion euros.')).toEqual([[1_000_000, 'USD'], [500_000_000, 'EUR']]);
    expect(read('He paid 300 Canadian dollars and 20 Swiss francs.')).toEqual([[300, 'CAD'], [20, 'CHF']]);
    expect(read('The bank lent ten million Hong Kong dollars.')).toEqual([[10_000_000, 'HKD']]);
    // Without "£" or "sterling", pounds are a weight.
    expect(read('The catch weighed two hundred thousand pounds.')).toEqual([]);
  });

  it('reads a figure that opens a clause of its own by that clause, not by the one before it', () => {
    expect(read('Three people died and 20 were taken to hospital.')).toEqual([[3, 'dead'], [20, 'injured']]);
    expect(read('Two workers were killed and eleven people were treated for smoke inhalation.')).toEqual([[2, 'worker killed'], [11, 'injured']]);
    expect(read('Police said 12 were killed and 40 wounded.')).toEqual([[12, 'dead'], [40, 'injured']]);
  });

  it('reads a count told by its order of size as at least two of that order, and no sum of money so', () => {
    const read = (sentence: string) => only(sentence, 'count').map((q) => [q.text, q.value, q.unit, q.bound]);
    expect(read('Thousands of protesters gathered in the square.')).toEqual([['Thousands', 2000, 'protester', 'atLeast']]);
    expect(read('Tens of thousands of people fled.')).toEqual([['Tens of thousands', 20_000, 'evacuated', 'atLeast']]);
    expect(read('Dozens of people were injured in the blast.')).toEqual([['Dozens', 24, 'injured', 'atLeast']]);
    expect(extractQuantities('The deals saved customers hundreds of millions of dollars.', 0)).toEqual([]);
  });

  it('keeps the noun of a group counted among casualties, with what happened to it, and reads no casualty where none is told', () => {
    expect(one('Three soldiers were killed.', 'count')).toMatchObject({ value: 3, unit: 'soldier killed' });
    expect(read('Three miners were confirmed dead, and the body of a fourth was not found.')).toEqual([[3, 'miner killed']]);
    expect(read('A collapse at the mine killed 17 workers.')).toEqual([[17, 'worker killed']]);
    expect(read('Thirty-one miners were trapped underground.')).toEqual([[31, 'miner']]);
    expect(read('Halvorsen knew of 24 fires and four minor injuries.')).toEqual([[24, 'fire'], [4, 'injured']]);
    expect(read('The tariffs hurt 40 firms.')).toEqual([[40, 'firm']]);
    expect(one('500 people attended a vigil for those killed.', 'count')).toMatchObject({ value: 500, unit: 'people' });
    expect(only('He died aged 85.', 'count')).toEqual([]);
  });

  it('reads what happened to all of a count past a part of it set off after it: "300 people, including 40 children, were evacuated"', () => {
    expect(read('Over 300 people, including 40 children, were evacuated.')).toEqual([[300, 'evacuated'], [40, 'child']]);
    expect(read('About 50 people, most of them tourists, were injured.')).toEqual([[50, 'injured']]);
  });

  it('reads a figure whose own clause opens with a modal by that clause, not by the deaths told before it', () => {
    expect(read('Two gunmen died, and three suspects may have escaped, officials said.')).toEqual([[2, 'gunman killed'], [3, 'suspect']]);
    expect(read('Two gunmen died, and three accomplices could be hiding in the hills.')).toEqual([[2, 'gunman killed'], [3, 'accomplice']]);
  });
});
