import { describe, expect, it } from 'vitest';
import { matchClaim } from '../../../../lib/engine/matching';
import { entityIdFor } from '../../../../lib/engine/entity-resolution';
import { placeKey } from '../../../../lib/engine/entity-keys';
import { extractQuantities } from '../../../../lib/engine/quantities';
import { formatQuantity, momentsApart, sameMagnitude, valuesCompatible } from '../../../../lib/engine/quantity-compare';
import type { Quantity } from '../../../../lib/engine/types';
import { matchable, org, person, place, type QuantitySpec } from './claims';

const event = [person('Trump'), person('Putin'), person('Lavrov')];

const lasted2h16 = matchable(
  'a#c1',
  'Without giving in to easy emphasis on the duration of the meeting (2 hours and 16 minutes compared to 30 minutes planned in advance), he cites as the main topics Syria, Ukraine and cyber security.',
  {
    quantities: [
      { text: '2 hours and 16 minutes', kind: 'duration', value: 8160 },
      { text: '30 minutes', kind: 'duration', value: 1800, role: 'planned' },
    ],
    entities: [place('Syria'), place('Ukraine')],
    context: event,
  },
);
const spent2h17 = matchable(
  'b#c2',
  'Behind closed doors at a Hamburg convention center, Foreign Minister Sergey Lavrov and Secretary of State Rex Tillerson spent two hours seventeen minutes instead of the originally announced 35 minutes.',
  {
    quantities: [
      { text: 'two hours seventeen minutes', kind: 'duration', value: 8220 },
      { text: '35 minutes', kind: 'duration', value: 2100, role: 'planned' },
    ],
    entities: [place('Hamburg'), person('Lavrov'), person('Tillerson')],
    context: event,
  },
);
const overTwoHours = matchable(
  'c#c3',
  'The two foreign ministers briefed journalists on the results of the meeting, which was initially intended to take 30 minutes, but lasted for over two hours.',
  {
    quantities: [
      { text: '30 minutes', kind: 'duration', value: 1800, role: 'planned' },
      { text: 'over two hours', kind: 'duration', value: 7200, bound: 'atLeast' },
    ],
    context: event,
  },
);
const lateAndLonger = matchable(
  'b#c1',
  'The meeting of President Vladimir Putin with President Donald Trump began about 20 minutes late, but lasted nearly two hours longer than it was supposed to.',
  {
    quantities: [
      { text: '20 minutes', kind: 'duration', value: 1200, bound: 'approx' },
      { text: 'two hours', kind: 'duration', value: 7200, bound: 'atMost' },
    ],
    entities: [person('Putin'), person('Trump')],
    context: event,
  },
);

const relationOf = (x: typeof lasted2h16, y: typeof lasted2h16) => matchClaim(x, [y])[0];
const spec = ({ text, kind, value, unit, bound, role }: Quantity) => ({ text, kind, value, unit, bound, role });
/** A claim whose figures the engine reads from its text, in an article led by `context`. */
const read = (id: string, text: string, context: string[]) => matchable(id, text, { quantities: extractQuantities(text, 0).map(spec), context });

describe('figures of a part, of a plain round figure and of another unit', () => {
  const group = [org('Arventa Kliniken'), person('Jürgen Köhler')];

  it('sets a part’s figure, told after "… alone,", against no figure of the whole', () => {
    const flagship = read('a#c4', 'At the flagship Arventa Klinikum Leipzig-Süd alone, 420 planned operations have been postponed, Jürgen Köhler said.', group);
    const whole = read('b#c4', 'About 800 planned operations have been postponed across the group, Jürgen Köhler said.', group);
    expect(relationOf(flagship, whole)?.relation ?? 'none').toBe('none');
    const again = read('c#c4', 'At the flagship hospital alone, 450 planned operations have been postponed, Jürgen Köhler said.', group);
    expect(relationOf(flagship, again)?.relation).toBe('conflicts');
  });

  it('takes a sum of one digit told plainly for no rounding of one a quarter off it', () => {
    const fund = [org('Los Lagos Regional Government'), person('Jaime Oyarzún')];
    const released = read('a#c2', 'The Los Lagos Regional Government released 1.5 billion pesos in emergency funds, Jaime Oyarzún said.', fund);
    const setAside = read('b#c2', 'The Los Lagos Regional Government has set aside 2 billion pesos for emergency assistance, Jaime Oyarzún said.', fund);
    expect(relationOf(released, setAside)).toMatchObject({ relation: 'conflicts', note: 'money 1.5 billion pesos vs 2 billion pesos' });
  });

  it('sets a speed against one in another unit only as far as conversion rounds: 175 mph is not 305 km/h, 120 mph is 185 km/h', () => {
    const storm = [org('National Weather Service'), person('Deloris Whitfield')];
    const mph = read('a#c1', 'The National Weather Service rated it EF-4 with winds of 175 mph, Deloris Whitfield said.', storm);
    const kmh = read('b#c1', 'The National Weather Service put its peak winds at 305 km/h, Deloris Whitfield said.', storm);
    expect(relationOf(mph, kmh)?.relation).toBe('conflicts');
    const slower = read('c#c1', 'The National Weather Service rated it with winds of 120 mph, Deloris Whitfield said.', storm);
    expect(relationOf(slower, read('d#c1', 'The National Weather Service put its peak winds at 185 km/h, Deloris Whitfield said.', storm))?.relation).toBe('agrees');
  });
});

describe('comparing the quantities of two claims', () => {
  it('reports a conflict between two exact lengths of one meeting, with both values in the note', () => {
    const match = relationOf(lasted2h16, spent2h17);
    expect(match?.relation).toBe('conflicts');
    expect(match?.note).toContain('duration 2 h 16 min vs 2 h 17 min');
  });

  it('reports a conflict between two planned lengths, labelled as planned', () => {
    expect(relationOf(lasted2h16, spent2h17)?.note).toContain('planned duration 30 min vs 35 min');
    const match = relationOf(overTwoHours, spent2h17);
    expect(match?.relation).toBe('conflicts');
    expect(match?.note).toBe('planned duration 35 min vs 30 min');
  });

  it('finds a lower bound compatible with an exact value above it', () => {
    const match = relationOf(lasted2h16, overTwoHours);
    expect(match?.relation).toBe('agrees');
    expect(match?.note).toContain('duration 2 h 16 min and over 2 h agree');
  });

  it('finds a span agreeing with a length inside it and conflicting with one outside it', () => {
    const span = 'The meeting lasted between two and three hours.';
    const between = matchable('a#c9', span, {
      quantities: extractQuantities(span, 0).map(({ text, kind, value, bound }) => ({ text, kind, value, bound })),
      context: event,
    });
    expect(between.quantities.map((q) => q.bound)).toEqual(['atLeast', 'atMost']);
    const inside = matchable('b#c9', 'The meeting lasted 2 hours and 16 minutes.', { quantities: [{ text: '2 hours and 16 minutes', kind: 'duration', value: 8160 }], context: event });
    expect(relationOf(between, inside)?.relation).toBe('agrees');
    const fourHours = matchable('c#c9', 'The meeting lasted four hours.', { quantities: [{ text: 'four hours', kind: 'duration', value: 14400 }], context: event });
    expect(relationOf(between, fourHours)?.relation).toBe('conflicts');
  });

  it('reads a length written in words as rounded to its last unit or fraction, and one in digits as exact', () => {
    const length = (id: string, written: string, value: number) =>
      matchable(id, `The meeting lasted ${written}.`, { quantities: [{ text: written, kind: 'duration', value }], context: event });
    const twoAndAHalf = length('a#c0', 'two and a half hours', 9000);
    expect(relationOf(twoAndAHalf, length('b#c0', '2 hours and 16 minutes', 8160))?.note).toBe('duration 2 h 30 min (rounded) and 2 h 16 min agree');
    expect(relationOf(twoAndAHalf, length('b#c0', '2 hours and 10 minutes', 7800))?.relation).toBe('conflicts');
    expect(relationOf(twoAndAHalf, length('b#c0', '2 hours and 15 minutes', 8100))?.relation).toBe('conflicts');
    expect(relationOf(length('a#c0', 'two hours seventeen minutes', 8220), length('b#c0', '2 hours and 16 minutes', 8160))?.relation).toBe('conflicts');
    expect(relationOf(length('a#c0', '2.5 hours', 9000), length('b#c0', '2 hours and 16 minutes', 8160))?.relation).toBe('conflicts');
    expect(relationOf(length('a#c0', 'two hours', 7200), length('b#c0', 'three hours', 10800))?.relation).toBe('conflicts');
  });

  it('writes a length of whole years or months in them: a sentence of seven years agrees with one of 84 months', () => {
    const sentence = (id: string, written: string, value: number) =>
      matchable(id, `A judge sentenced Oliver Schmidt to ${written} in prison.`, { quantities: [{ text: written, kind: 'duration', value }], entities: [person('Oliver Schmidt')] });
    const note = relationOf(sentence('a#c0', '84 months', 84 * 30 * 86_400), sentence('b#c0', 'seven years', 7 * 365 * 86_400))?.note;
    expect(note).toBe('duration 84 months and 7 years (rounded) agree');
  });

  it('writes a length of years and a half or a quarter in years: "two and a half years" is 2.5 years, not 912 days', () => {
    expect(extractQuantities('She was sentenced to two and a half years.', 0).map(formatQuantity)).toEqual(['2.5 years']);
  });

  it('never compares lengths of different orders of size, which measure different things', () => {
    const meeting = matchable('a#c0', 'Putin and Trump met for over two hours.', {
      quantities: [{ text: 'over two hours', kind: 'duration', value: 7200, bound: 'atLeast' }],
      entities: [person('Putin'), person('Trump')],
    });
    const sanctions = matchable('b#c0', 'Putin said sanctions supported by Trump had lasted 365 days.', {
      quantities: [{ text: '365 days', kind: 'duration', value: 365 * 86400 }],
      entities: [person('Putin'), person('Trump')],
    });
    expect(relationOf(meeting, sanctions)?.relation ?? 'none').not.toMatch(/agrees|conflicts/);
  });

  it('does not set lengths of one event far apart in size against each other when only the story ties them', () => {
    const summit = [person('Trump'), person('Kim Jong Un')];
    const told = (id: string, text: string) => matchable(id, text, { quantities: extractQuantities(text, 0).map(spec), context: summit });
    const alone = told('a#c1', 'The two leaders first met one on one, with only interpreters present, for about 38 minutes.');
    const aloneAgain = told('b#c1', 'The pair spoke alone, accompanied only by translators, for around 40 minutes.');
    const whole = told('b#c2', 'The summit, held at the luxury Capella resort, lasted about four and a half hours in total.');
    expect(relationOf(alone, aloneAgain)?.note).toBe('duration about 38 min and about 40 min agree');
    expect(relationOf(alone, whole)?.relation ?? 'none').not.toMatch(/agrees|conflicts/);
  });

  it('never compares a planned length with an actual one', () => {
    const planned = matchable('x#c0', 'The talks were planned to last 30 minutes.', {
      quantities: [{ text: '30 minutes', kind: 'duration', value: 1800, role: 'planned' }],
      context: event,
    });
    const actual = matchable('y#c0', 'The talks lasted 2 hours and 16 minutes.', {
      quantities: [{ text: '2 hours and 16 minutes', kind: 'duration', value: 8160 }],
      context: event,
    });
    expect(matchClaim(planned, [actual]).filter((m) => m.relation !== 'related')).toEqual([]);
  });

  it('never compares a delay or a difference with the length of the meeting', () => {
    for (const other of [lasted2h16, spent2h17, overTwoHours]) {
      expect(relationOf(lateAndLonger, other)?.relation ?? 'none').not.toBe('conflicts');
    }
  });

  it('never compares a head count with a number of minutes', () => {
    const agents = matchable('x#c0', 'The seizure coincided with the expulsion of 35 Russian agents by the US.', {
      quantities: [{ text: '35', kind: 'count', value: 35, unit: 'agent' }],
      entities: [place('US')],
      context: event,
    });
    expect(relationOf(agents, spent2h17)?.relation ?? 'none').not.toBe('conflicts');
  });

  it('compares counts only of the same counted noun, and treats "about" as a range', () => {
    const venue = [place('Hamburg'), org('G20')];
    const about30 = matchable('x#c0', 'About 30 protesters were detained near the G20 venue in Hamburg.', {
      quantities: [{ text: 'About 30 protesters', kind: 'count', value: 30, unit: 'protester', bound: 'approx' }],
      entities: venue,
    });
    const exactly32 = matchable('y#c0', 'Police detained 32 protesters near the G20 venue in Hamburg.', {
      quantities: [{ text: '32 protesters', kind: 'count', value: 32, unit: 'protester' }],
      entities: venue,
    });
    const exactly45 = matchable('z#c0', 'Police detained 45 protesters near the G20 venue in Hamburg.', {
      quantities: [{ text: '45 protesters', kind: 'count', value: 45, unit: 'protester' }],
      entities: venue,
    });
    const officers = matchable('w#c0', 'Police deployed 45 officers near the G20 venue in Hamburg.', {
      quantities: [{ text: '45 officers', kind: 'count', value: 45, unit: 'officer' }],
      entities: venue,
    });
    expect(relationOf(about30, exactly32)?.relation).toBe('agrees');
    expect(relationOf(about30, exactly45)?.relation).toBe('conflicts');
    expect(relationOf(about30, exactly45)?.note).toBe('count of protesters about 30 vs 45');
    expect(relationOf(exactly45, officers)?.relation ?? 'none').not.toBe('conflicts');
  });

  it('takes "about" a figure as reaching as far as its rounding: two hedged counts 8% apart conflict, a round thousand reaches its half', () => {
    const town = [place('Pavia'), org('Civil Protection')];
    const evacuated = (id: string, figure: string, value: number) =>
      matchable(id, `${id.startsWith('x') ? 'Civil Protection' : 'Officials of Civil Protection'} said ${figure} residents were evacuated from Pavia as the river burst its banks.`, {
        quantities: [{ text: figure, kind: 'count', value, unit: 'evacuated', bound: 'approx' }],
        entities: town,
      });
    const about4500 = evacuated('x#c0', 'about 4,500', 4500);
    expect(relationOf(about4500, evacuated('y#c0', 'about 5,200', 5200))?.relation).toBe('conflicts');
    expect(relationOf(about4500, evacuated('y#c1', 'about 4,700', 4700))?.relation).toBe('agrees');
    expect(relationOf(evacuated('x#c2', 'about 1,750', 1750), evacuated('y#c3', 'about 1,900', 1900))?.relation).toBe('conflicts');
    expect(relationOf(evacuated('x#c1', 'about 5,000', 5000), evacuated('y#c2', 'about 4,600', 4600))?.relation).toBe('agrees');
  });

  it('agrees on a date and a clock time written differently', () => {
    const a = matchable('a#c5', 'Russia and the United States committed to ensuring the cease-fire regime (which came into force on 9 July at 1200 Damascus time).', {
      quantities: [
        { text: '9 July', kind: 'date', value: 709 },
        { text: '1200 Damascus time', kind: 'time', value: 720 },
      ],
      entities: [place('Russia'), place('United States'), place('Damascus')],
      context: event,
    });
    const b = matchable('b#c5', 'They agreed a memorandum on a deescalation zone in southwestern Syria, which will have a ceasefire in force from midday, Damascus time, on July 9.', {
      quantities: [
        { text: 'midday', kind: 'time', value: 720 },
        { text: 'July 9', kind: 'date', value: 709 },
      ],
      entities: [place('Syria'), place('Damascus')],
      context: event,
    });
    const match = relationOf(a, b);
    expect(match?.relation).toBe('agrees');
    expect(match?.note).toContain('date 9 July in both');
    expect(match?.note).toContain('time 12:00 in both');
  });

  it('does not compare dates of events that happen to share a country', () => {
    const memorandum = matchable('a#c4', 'A de-escalation area was established in a memorandum signed in Amman the same July 7 by Russia and Jordan.', {
      quantities: [{ text: 'July 7', kind: 'date', value: 707 }],
      entities: [place('Amman'), place('Russia'), place('Jordan')],
    });
    const ceasefire = matchable('b#c4', 'The ceasefire in the southwestern part of Syria went into effect as of July 9, Russia said.', {
      quantities: [{ text: 'July 9', kind: 'date', value: 709 }],
      entities: [place('Syria'), place('Russia')],
    });
    expect(relationOf(memorandum, ceasefire)?.relation ?? 'none').not.toBe('conflicts');
  });

  it('does not compare the meetings of different people', () => {
    const withAbe = matchable('a#c0', 'Putin met Abe in Hamburg on July 8 for talks that lasted 40 minutes.', {
      quantities: [
        { text: 'July 8', kind: 'date', value: 708 },
        { text: '40 minutes', kind: 'duration', value: 2400 },
      ],
      entities: [person('Putin'), person('Abe'), place('Hamburg')],
    });
    const withTrump = matchable('b#c0', 'Putin met Trump in Hamburg on July 7 for talks that lasted 2 hours and 16 minutes.', {
      quantities: [
        { text: 'July 7', kind: 'date', value: 707 },
        { text: '2 hours and 16 minutes', kind: 'duration', value: 8160 },
      ],
      entities: [person('Putin'), person('Trump'), place('Hamburg')],
    });
    expect(relationOf(withAbe, withTrump)?.relation ?? 'none').not.toBe('conflicts');
  });

  it('does not compare the same wording about meetings of articles with different principal actors', () => {
    const summit = matchable('a#c0', 'The meeting lasted two hours, officials said.', {
      quantities: [{ text: 'two hours', kind: 'duration', value: 7200 }],
      context: [person('Trump'), person('Putin')],
    });
    const other = matchable('b#c0', 'The meeting lasted 40 minutes, officials said.', {
      quantities: [{ text: '40 minutes', kind: 'duration', value: 2400 }],
      context: [person('Abe'), person('Moon')],
    });
    expect(relationOf(summit, other)?.relation ?? 'none').not.toBe('conflicts');
    expect(relationOf(summit, { ...other, contextEntityIds: [person('Trump'), person('Putin')] })?.relation).toBe('conflicts');
  });

  it('does not compare death tolls of two events that only share a country', () => {
    const embassies = matchable('a#c0', 'In 1998, agents blew up the United States embassies in Kenya and Tanzania, killing more than 200 people.', {
      quantities: [{ text: 'more than 200 people', kind: 'count', value: 200, unit: 'people', bound: 'atLeast' }],
      entities: [place('United States'), place('Kenya'), place('Tanzania')],
    });
    const cinema = matchable('b#c0', 'A gunman opened fire at a cinema in the US state of Louisiana, killing two people.', {
      quantities: [{ text: 'two people', kind: 'count', value: 2, unit: 'people' }],
      entities: [place('United States'), place('Louisiana')],
    });
    expect(relationOf(embassies, cinema)?.relation ?? 'none').not.toBe('conflicts');
  });

  it('sets a figure told otherwise against the nearest of several in the other claim, and each of those against one at most', () => {
    const erdogan = [person('Recep Tayyip Erdoğan')];
    const claim = (id: string, text: string) => matchable(id, text, { quantities: extractQuantities(text, 0).map(spec), entities: [place('Turkey')], context: erdogan });
    const both = claim('a#c0', 'A magnitude 7.7 earthquake hit southern Turkey, followed hours later by a 7.6 tremor.');
    expect(relationOf(both, claim('b#c0', 'A 7.8 magnitude earthquake struck southern Turkey before dawn.'))?.note).toBe('magnitude 7.7 vs 7.8');
    expect(relationOf(both, claim('b#c2', 'A second quake of magnitude 7.5 struck Turkey in the afternoon.'))?.note).toBe('magnitude 7.6 vs 7.5');
  });

  it('compares the dead of one disaster however each source counts them, and magnitudes as measured', () => {
    const quake = [person('Matteo Renzi')];
    const killing = matchable('a#c0', 'A magnitude 6.2 earthquake struck central Italy, killing at least 250 people.', {
      quantities: extractQuantities('A magnitude 6.2 earthquake struck central Italy, killing at least 250 people.', 0).map(spec),
      entities: [place('Italy')],
      context: quake,
    });
    const toll = matchable('b#c0', 'The death toll from the earthquake in central Italy rose to 267 on Thursday.', {
      quantities: extractQuantities('The death toll from the earthquake in central Italy rose to 267 on Thursday.', 0).map(spec),
      entities: [place('Italy')],
      context: quake,
    });
    const magnitude = matchable('c#c0', 'The 6.0 magnitude quake hit at dawn.', {
      quantities: extractQuantities('The 6.0 magnitude quake hit at dawn.', 0).map(spec),
      context: quake,
    });
    expect(relationOf(killing, toll)).toMatchObject({ relation: 'agrees', note: 'count of dead over 250 and 267 agree' });
    expect(relationOf(killing, magnitude)).toMatchObject({ relation: 'conflicts', note: 'magnitude 6.2 vs 6' });
    expect(relationOf(killing, { ...toll, contextEntityIds: [person('Joe Biden')] })?.relation ?? 'none').toBe('none');
  });

  it('compares no percentages of other orders of size, nor two forecasts tied only by being forecast', () => {
    const budget = [person('Katrin Veldhaus'), org('National Bank of Estavia')];
    const claim = (id: string, text: string) => read(id, text, budget);
    const debt = claim('a#c1', 'Public debt is expected to stabilise at 97.4% of GDP.');
    const deficit = claim('b#c1', 'The finance ministry expects the deficit to be 3.4% of GDP in 2026.');
    expect(relationOf(debt, deficit)?.relation ?? 'none').not.toBe('conflicts');
    const inflation = claim('a#c2', 'Inflation is forecast at 2.4%.');
    const growth = claim('b#c2', 'The bank is more cautious and forecast growth of 1.5 percent.');
    expect(relationOf(inflation, growth)?.relation ?? 'none').not.toBe('conflicts');
    expect(relationOf(deficit, claim('c#c1', 'The deficit would fall to 3.2% of GDP next year.'))?.relation).toBe('conflicts');
  });

  it('lets "about" before a time of day reach as far as the time is rounded: half an hour, a quarter, a few minutes', () => {
    const time = (text: string) => extractQuantities(text, 0).find((q) => q.kind === 'time')!;
    const at752 = time('It hit the slip at 7.52am.');
    expect(valuesCompatible(time('It came off at about 8 a.m.'), at752)).toBe(true);
    expect(valuesCompatible(time('It came off at about 7:45 a.m.'), at752)).toBe(true);
    expect(valuesCompatible(time('It came off at about 8:05 a.m.'), at752)).toBe(false);
    expect(valuesCompatible(time('It came off at about 7:50 a.m.'), at752)).toBe(true);
  });

  it('lets "shortly after" or "just before" a time reach a quarter of an hour from it, and a bare "after" any time later', () => {
    const time = (text: string) => extractQuantities(text, 0).find((q) => q.kind === 'time')!;
    const midnight = time('The airport did not reopen until shortly after midnight.');
    expect(valuesCompatible(midnight, time('Departures resumed shortly before 9 p.m.'))).toBe(false);
    expect(valuesCompatible(midnight, time('The first flight left at 12:10 a.m.'))).toBe(true);
    expect(valuesCompatible(midnight, time('The first flight left at 12:20 a.m.'))).toBe(false);
    expect(valuesCompatible(time('The span gave way shortly after 7.40 a.m.'), time('It gave way at around 8.15 am.'))).toBe(false);
    expect(valuesCompatible(time('The airport did not reopen until after midnight.'), time('The first flight left at 2:20 a.m.'))).toBe(true);
  });

  it('takes two times of day more than four hours apart, round the clock, for two moments rather than one told otherwise', () => {
    const time = (text: string) => extractQuantities(text, 0).find((q) => q.kind === 'time')!;
    expect(momentsApart(time('The last formal count was taken at 11 p.m.'), time('They were found missing during the 5:30 a.m. count.'))).toBe(true);
    expect(momentsApart(time('It fell at 3.12 p.m.'), time('The hammer fell at 20:12.'))).toBe(true);
    expect(momentsApart(time('Departures resumed shortly before 9 p.m.'), time('The airport did not reopen until shortly after midnight.'))).toBe(false);
    expect(momentsApart(time('The count began at 5:30 a.m.'), time('The headcount began at 6 a.m.'))).toBe(false);
  });

  it('lets "about" before a percentage reach as far as it is rounded, and two points at least', () => {
    const percent = (text: string) => extractQuantities(text, 0).find((q) => q.kind === 'percent')!;
    const result = percent('The resolution passed with 81.2 percent of votes cast.');
    expect(valuesCompatible(percent('Some 87.4 per cent of votes cast backed the deal.'), result)).toBe(false);
    expect(valuesCompatible(percent('About 87% of votes cast supported it.'), result)).toBe(false);
    expect(valuesCompatible(percent('About 87% of votes cast supported it.'), percent('It won 87.4% of votes cast.'))).toBe(true);
    expect(valuesCompatible(percent('About 30% of voters stayed home.'), percent('It said 34% of voters stayed home.'))).toBe(true);
    expect(valuesCompatible(percent('About 30% of voters stayed home.'), percent('It said 36% of voters stayed home.'))).toBe(false);
  });

  it('sets no share of one whole against a share of another, and none against the bar a rule sets', () => {
    const deal = [org('Kestrel Pharmaceuticals'), org('Aubrey Biosciences')];
    const turnout = read('a#c3', "Votes were cast in respect of about 64 per cent of the company's issued share capital, Kestrel said.", deal);
    const result = read('c#c2', 'The Kestrel resolution was passed with 81.2 percent of votes cast in favour.', deal);
    const other = read('b#c2', 'About 87% of votes cast at the Kestrel meeting supported it, well above the 75% threshold required.', deal);
    expect(relationOf(turnout, result)?.relation ?? 'none').not.toBe('conflicts');
    expect(relationOf(turnout, other)?.relation ?? 'none').not.toBe('conflicts');
    expect(relationOf(other, result)).toMatchObject({ relation: 'conflicts', note: 'percentage about 87% vs 81.2%' });
  });

  it('sets no rate reached against the target it is aimed at, nor the rate a thing grew at against a rate set', () => {
    const fed = [org('Federal Reserve'), person('Lael Brainard')];
    const raised = read('a#c1', 'Since March, the central bank has raised its key interest rate to 3.25% from 0.25%, Lael Brainard said.', fed);
    const target = read('b#c1', 'Policy will be restrictive until inflation moves back to the central bank’s 2% target, Lael Brainard said.', fed);
    expect(relationOf(raised, target)?.relation ?? 'none').not.toBe('conflicts');
    const grew = read('c#c1', 'The Federal Reserve said the economy expanded at an annualized rate of 4.2 percent in the quarter.', fed);
    const set = read('d#c1', 'The Federal Reserve raised the federal funds rate to a range of between 0.50 percent and 0.75 percent.', fed);
    expect(relationOf(grew, set)?.relation ?? 'none').not.toBe('conflicts');
    const setAgain = read('e#c1', 'The Federal Reserve raised the federal funds rate to a range of between 1 percent and 1.25 percent.', fed);
    expect(relationOf(set, setAgain)?.relation).toBe('conflicts');
  });

  it('sets no figure of an earlier year against one of the story’s own, and lets the same earlier fact retold agree', () => {
    const plant = [org('Gulfmark Chemical'), person('Darnell Whitaker')];
    const earlier = read('a#c5', 'In 2017, an explosion in the plant’s alkylation unit killed two contract workers and injured 11.', plant);
    const now = read('c#c0', 'Four workers were killed and 27 injured when the hydrocracker at the plant exploded.', plant);
    expect(relationOf(earlier, now)?.relation ?? 'none').not.toBe('conflicts');
    const retold = read('c#c6', 'The blast recalls an explosion in the alkylation unit that killed two contract workers and injured 11.', plant);
    expect(relationOf(earlier, retold)?.relation).toBe('agrees');
    // Only the very figure retold: bounds that allow both are two tolls.
    const ferry = [org('Inland Water Transport Authority'), person('Kamrul Hasan')];
    const toll = read('a#c0', 'At least 38 people died when the overloaded ferry capsized.', ferry);
    const deadliest = read('c#c9', 'It was the deadliest accident since 2021, when at least 40 people died in a ferry fire.', ferry);
    expect(relationOf(toll, deadliest)?.relation ?? 'none').not.toBe('agrees');
    const deficit = read('b#c1', 'The finance ministry expects the deficit to be 3.4% of GDP in 2026.', plant);
    expect(relationOf(deficit, read('a#c1', 'The deficit would fall to 3.2% of GDP next year.', plant))?.relation).toBe('conflicts');
  });

  it('takes an earlier event of the kind told with its year for that year’s, wherever the year stands', () => {
    const siege = [org('New South Wales Police'), person('Peter Hallinan')];
    const now = read('a#c0', 'Peter Hallinan said the siege had lasted more than 11 hours.', siege);
    const last = read('c#c8', 'The last comparable siege, at a service station in the north of the state in 2019, lasted nine hours, Peter Hallinan said.', siege);
    expect(relationOf(now, last)?.relation ?? 'none').not.toBe('conflicts');
    expect(relationOf(now, read('b#c0', 'Peter Hallinan said the siege lasted nine hours.', siege))?.relation).toBe('conflicts');
    const raid = read('c#c5', 'It resembles a 2019 raid in Brussels, in which four men escaped in under ten minutes, Peter Hallinan said.', siege);
    expect(relationOf(raid, read('b#c1', 'Peter Hallinan said six men took part in the raid.', siege))?.relation ?? 'none').not.toBe('conflicts');
    // A year a plan is for is no earlier event: "a 2026 budget that aims to cut the deficit".
    const plan = read('a#c2', 'The government unveiled a 2026 budget that aims to cut the deficit to 3.2% of GDP.', siege);
    expect(relationOf(plan, read('b#c2', 'The government expects the deficit to be 3.4% of GDP.', siege))?.relation).toBe('conflicts');
  });

  it('sets no sum said to be of one thing against a sum said to be of another, and reads what is owed as debts', () => {
    const chain = [org('Hartwell & Price'), person('Laura Pennington')];
    const debts = read('a#c0', 'Hartwell & Price filed for bankruptcy in Delaware, listing debts of about $2.3 billion.', chain);
    const assets = read('b#c1', 'The filing in the Delaware court lists assets of $1.9 billion.', chain);
    const owed = read('b#c0', 'Hartwell & Price filed for bankruptcy, saying it owed creditors $2.5 billion.', chain);
    expect(relationOf(debts, assets)?.relation ?? 'none').not.toBe('conflicts');
    expect(relationOf(debts, owed)).toMatchObject({ relation: 'conflicts', note: 'money about USD 2.3 billion vs USD 2.5 billion' });
  });

  it('sets no fall of a figure against a rise of it, and a rise against a rise', () => {
    const market = [org('New York Stock Exchange')];
    const fell = read('a#c4', 'Hartwell’s shares, which have lost more than 80% of their value this year, were halted on the New York Stock Exchange.', market);
    const jumped = read('b#c0', 'Shares of Lumora Systems jumped 41% in their first day of trading on the New York Stock Exchange.', market);
    const climbed = read('c#c0', 'Shares of Lumora Systems climbed 39% in their first day of trading on the New York Stock Exchange.', market);
    expect(relationOf(fell, jumped)?.relation ?? 'none').toBe('none');
    expect(relationOf(jumped, climbed)).toMatchObject({ relation: 'conflicts', note: 'percentage 41% vs 39%' });
  });

  it('sets a count of what was done to some against one of the same deed, never against how many there are or another deed', () => {
    const chain = [org('Hartwell & Price'), person('Laura Pennington')];
    const closing = read('a#c2', 'The company said it would close 120 of its 410 stores by the end of May.', chain);
    const shutting = read('b#c0', 'Hartwell & Price will shut 125 stores, the company said.', chain);
    const standing = read('b#c1', 'The company employs about 12,500 people at 410 stores in 38 states.', chain);
    const opening = read('c#c0', 'The company will open 125 stores, its chief executive said.', chain);
    expect(relationOf(closing, shutting)).toMatchObject({ relation: 'conflicts', note: 'count of stores 120 vs 125' });
    expect(relationOf(closing, standing)?.relation ?? 'none').not.toBe('conflicts');
    expect(relationOf(closing, opening)?.relation ?? 'none').not.toBe('conflicts');
  });

  it('sets a capacity against a capacity, not against how many were aboard', () => {
    const ferry = [org('Inland Water Transport Authority'), person('Kamrul Hasan')];
    const licensed = read('a#c3', 'The ferry was licensed to carry 100 passengers, according to the authority.', ferry);
    const alsoLicensed = read('b#c3', 'Kamrul Hasan said the ferry had been licensed for 120 passengers.', ferry);
    const aboard = read('c#c1', 'The ferry was carrying about 180 passengers when it overturned.', ferry);
    expect(relationOf(licensed, alsoLicensed)).toMatchObject({ relation: 'conflicts', note: 'capacity in passengers 100 vs 120' });
    expect(relationOf(licensed, aboard)?.relation ?? 'none').not.toBe('conflicts');
    expect(relationOf(alsoLicensed, aboard)?.relation ?? 'none').not.toBe('conflicts');
  });

  it('never compares two offsets: each is from a moment of its own', () => {
    const final = [person('Marcus Reid'), person('Tomas Ferreira')];
    const claim = (id: string, text: string) => read(id, text, final);
    const second = claim('b#c1', 'Ferreira scored Kelsall’s second goal on 58 minutes, curling it into the top corner.');
    const reply = claim('c#c1', 'Reid’s reply came on 34 minutes, a volley from the edge of the box into the top corner.');
    expect(relationOf(second, reply)?.relation ?? 'none').not.toBe('conflicts');
  });

  it('compares the crowd of one event however each source words it, and not a crowd of another event', () => {
    const final = [person('Luka Marinovic'), person('Henrik Aaltonen')];
    const crowd = read('a#c1', 'The champion saluted a crowd of 14,800 after the final point.', final);
    const spectators = read('c#c2', 'Some 13,000 spectators gave both men a long ovation at the end.', final);
    expect(relationOf(crowd, spectators)).toMatchObject({ relation: 'conflicts', note: 'crowd size 14,800 vs about 13,000' });
    expect(relationOf(crowd, { ...spectators, contextEntityIds: [person('Iga Swiatek'), person('Coco Gauff')] })?.relation ?? 'none').toBe('none');
  });

  it('compares a length written in miles with one in kilometres as converted, and so rounded', () => {
    const sentence = (figure: string) => `The epicentre was ${figure} north-east of Rome, officials said.`;
    const claim = (id: string, figure: string) =>
      matchable(id, sentence(figure), { quantities: extractQuantities(sentence(figure), 0).map(spec), context: [person('Matteo Renzi'), org('USGS')] });
    expect(relationOf(claim('a#c0', '85 miles'), claim('b#c0', '140 km'))).toMatchObject({ relation: 'agrees', note: 'length 136.79 km and 140 km agree' });
    expect(relationOf(claim('a#c0', '85 km'), claim('b#c0', '140 km'))).toMatchObject({ relation: 'conflicts', note: 'length 85 km vs 140 km' });
    expect(relationOf(claim('a#c0', '139 km'), claim('b#c0', '140 km'))?.relation).toBe('conflicts');
  });

  it('compares the figures of a short story with a single principal actor with those of longer coverage naming it', () => {
    const text = (n: string) => `Officials said ${n} rescuers were working in the area.`;
    const short = matchable('a#c0', text('4,500'), { quantities: [{ text: '4,500', kind: 'count', value: 4500, unit: 'rescuer' }], context: [person('Matteo Renzi')] });
    const long = matchable('b#c0', text('5,000'), {
      quantities: [{ text: '5,000', kind: 'count', value: 5000, unit: 'rescuer' }],
      context: [person('Matteo Renzi'), person('Sergio Pirozzi')],
    });
    expect(relationOf(short, long)?.relation).toBe('conflicts');
    expect(relationOf({ ...short, contextEntityIds: [person('Matteo Renzi'), person('Angela Merkel')] }, long)?.relation ?? 'none').toBe('none');
  });

  it('does not compare counts told of different places, unless one claim lists many', () => {
    const count = (id: string, text: string, figure: string, value: number, where: string) =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'count', value, unit: 'dead', bound: 'atLeast' }], entities: [place(where)], context: [person('Rick Scott')] });
    const florida = count('a#c0', 'At least four people were killed in Florida, officials said.', 'At least four', 4, 'Florida');
    const caribbean = count('b#c0', 'The storm killed at least 24 people in the Caribbean.', 'at least 24', 24, 'Caribbean');
    const alsoFlorida = matchable('c#c0', 'Three people were killed in Florida, officials said.', {
      quantities: [{ text: 'Three', kind: 'count', value: 3, unit: 'dead' }],
      entities: [place('Florida')],
      context: [person('Rick Scott')],
    });
    expect(relationOf(caribbean, alsoFlorida)?.relation ?? 'none').toBe('none');
    expect(relationOf(florida, alsoFlorida)).toMatchObject({ relation: 'conflicts', note: 'count of dead over 4 vs 3' });
    // A claim listing many places is about them all, and rivals none.
    const zones = (id: string, text: string, places: string[]) =>
      matchable(id, text, { quantities: [{ text: 'four', kind: 'count', value: 4, unit: 'zone' }], entities: places.map(place), context: [person('Sergey Lavrov'), person('Rex Tillerson')] });
    const listed = zones('d#c0', 'Russia, Turkey and Iran tried to set up four de-escalation zones in Syria.', ['Russia', 'Turkey', 'Iran', 'Syria']);
    const venue = zones('e#c0', 'It is one of four de-escalation zones the parties discussed in Astana.', ['Astana']);
    expect(relationOf(listed, venue)?.relation).toBe('agrees');
  });

  it('compares a count told of a country with one told of a town that may lie in it, when the two are near in size', () => {
    const country = (name: string) => entityIdFor('place', placeKey(name));
    const context = [org('Austrian Federal Railways'), person('Karl Nehammer')];
    const injured = (id: string, text: string, figure: string, value: number, where: string) =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'count', value, unit: 'injured' }], entities: [where], context });
    const town = injured('a#c0', 'The derailment near Kirchberg injured 31 passengers.', '31', 31, place('Kirchberg'));
    const nation = injured('b#c0', 'The derailment, Austria’s worst in a decade, injured 34 passengers.', '34', 34, country('Austria'));
    expect(relationOf(town, nation)).toMatchObject({ relation: 'conflicts', note: 'count of injured 31 vs 34' });
    // A national figure is no rival of a city's only when near in size: 1,200 in France holds Lyon's 300.
    const lyon = injured('c#c0', 'The derailment near Lyon injured 300 passengers.', '300', 300, place('Lyon'));
    const france = injured('d#c0', 'The derailment, France’s worst in a decade, injured 1,200 passengers.', '1,200', 1200, country('France'));
    expect(relationOf(lyon, france)?.relation ?? 'none').toBe('none');
    // A capital lies in its own country: Kabul's count is not Pakistan's.
    const kabul = injured('e#c0', 'The derailment near Kabul injured 31 passengers.', '31', 31, country('Kabul'));
    const pakistan = injured('f#c0', 'The derailment, Pakistan’s worst in a decade, injured 34 passengers.', '34', 34, country('Pakistan'));
    expect(relationOf(kabul, pakistan)?.relation ?? 'none').toBe('none');
    expect(relationOf(kabul, injured('g#c0', 'The derailment, Afghanistan’s worst in a decade, injured 34 passengers.', '34', 34, country('Afghanistan')))?.relation).toBe('conflicts');
  });

  it('knows the country a state or a province lies in: New South Wales is in Australia, not in the United Kingdom', () => {
    const country = (name: string) => entityIdFor('place', placeKey(name));
    const context = [org('New South Wales Police'), person('Peter Hallinan')];
    const officers = (id: string, text: string, value: number, where: string) =>
      matchable(id, text, { quantities: [{ text: String(value), kind: 'count', value, unit: 'officer' }], entities: [where], context });
    const state = officers('a#c0', 'Police in New South Wales deployed 80 officers to the siege.', 80, country('New South Wales'));
    expect(relationOf(state, officers('b#c0', 'Australia deployed 95 officers to the siege.', 95, country('Australia')))?.relation).toBe('conflicts');
    expect(relationOf(state, officers('c#c0', 'The United Kingdom deployed 95 officers to the siege.', 95, country('United Kingdom')))?.relation ?? 'none').toBe('none');
  });

  it('does not set a toll for two countries against the toll of one of them, but compares two tolls of the same country', () => {
    const country = (name: string) => entityIdFor('place', placeKey(name));
    const context = [person('Recep Tayyip Erdogan'), org('White Helmets')];
    const toll = (id: string, text: string, figure: string, value: number, countries: string[]) =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'count', value, unit: 'dead', bound: figure.startsWith('more') ? 'atLeast' : 'exact' }], entities: countries.map(country), context });
    const both = toll('a#c0', 'The quake struck southern Turkey and northwest Syria, killing more than 2,600 people.', 'more than 2,600', 2600, ['Turkey', 'Syria']);
    const turkey = toll('b#c0', 'Officials said 2,379 people had died in Turkey.', '2,379', 2379, ['Turkey']);
    const alsoTurkey = toll('c#c0', 'In Turkey, 1,651 people were killed.', '1,651', 1651, ['Turkey']);
    expect(relationOf(both, turkey)?.relation ?? 'none').toBe('none');
    expect(relationOf(turkey, alsoTurkey)?.relation).toBe('conflicts');
  });

  it('does not set a count of one people against a count of another, whatever noun both count', () => {
    const context = [org('Hamas'), org('Red Cross')];
    const freed = (id: string, text: string, figure: string, value: number) => matchable(id, text, { quantities: [{ text: figure, kind: 'count', value, unit: 'woman' }], context });
    const israeli = freed('a#c0', 'On Friday 13 Israeli women were freed by Hamas.', '13', 13);
    const palestinian = freed('b#c0', 'On Friday 39 Palestinian women were freed from jails.', '39', 39);
    const alsoIsraeli = freed('c#c0', 'On Friday 12 Israeli women were freed by Hamas.', '12', 12);
    expect(relationOf(israeli, palestinian)?.relation ?? 'none').toBe('none');
    expect(relationOf(israeli, alsoIsraeli)?.relation).toBe('conflicts');
  });

  it('does not take a plan and what happened for one statement, however many words they share', () => {
    const context = [person('Majed al-Ansari'), org('Qatar Foreign Ministry')];
    const trucks = (id: string, text: string, figure: string, value: number, role: Quantity['role']) =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'count', value, unit: 'truck', role }], context, entities: [person('Majed al-Ansari')] });
    const plan = trucks('a#c0', 'A spokesman for the foreign ministry said 200 aid trucks would enter the city each day.', '200', 200, 'planned');
    const done = trucks('b#c0', 'The foreign ministry spokesman said 196 aid trucks entered the city on Friday.', '196', 196, 'actual');
    expect(relationOf(plan, done)?.relation).not.toBe('agrees');
  });

  it('takes a figure that agrees with one of several in the other claim for no conflict with the rest', () => {
    const context = [person('Emmanuel Macron'), person('Marine Le Pen')];
    const both = matchable('a#c0', 'Macron won the election with 66.1 percent of the vote, and Le Pen won 33.9 percent.', {
      quantities: [
        { text: '66.1 percent', kind: 'percent', value: 66.1 },
        { text: '33.9 percent', kind: 'percent', value: 33.9 },
      ],
      entities: [person('Emmanuel Macron'), person('Marine Le Pen')],
      context,
    });
    const one = matchable('b#c0', 'Le Pen won around 34.5 percent of the vote in the election.', {
      quantities: [{ text: 'around 34.5 percent', kind: 'percent', value: 34.5, bound: 'approx' }],
      entities: [person('Marine Le Pen')],
      context,
    });
    expect(relationOf(both, one)).toMatchObject({ relation: 'agrees' });
  });

  it('sets no figure against one the other article tells alike in another claim, and of equally sure agreements takes the nearest value', () => {
    const context = [person('Evans Kiprotich'), person('Daniel Korir')];
    const race = (id: string, text: string, quantities: QuantitySpec[], entities: string[]) => matchable(id, text, { quantities, entities, context });
    const won = race('a#c0', 'Evans Kiprotich broke the course record, winning in 2:04:37.', [{ text: '2:04:37', kind: 'duration', value: 7477 }], [person('Evans Kiprotich')]);
    const record = race('a#c1', 'The previous course record of 2:05:10 was broken on Sunday.', [{ text: '2:05:10', kind: 'duration', value: 7510 }], []);
    const told = race('b#c0', 'Evans Kiprotich broke the course record in two hours, four minutes and 37 seconds.', [{ text: 'two hours, four minutes and 37 seconds', kind: 'duration', value: 7477 }], [person('Evans Kiprotich')]);
    expect(matchClaim(told, [won, record])).toEqual([expect.objectContaining({ a: 'a#c0', relation: 'agrees' })]);
    expect(matchClaim(record, [told])[0]?.relation).toBe('conflicts');
    expect(matchClaim(record, [told], [won, record])).toEqual([]);
    const started = (id: string, text: string, quantities: QuantitySpec[]) => matchable(id, text, { quantities, context });
    const field = started('a#c2', 'About 38,000 runners started the race.', [{ text: 'About 38,000', kind: 'count', value: 38_000, unit: 'runner', bound: 'approx' }]);
    const both = started('b#c1', 'More than 37,500 runners finished, out of 38,000 runners who started the race.', [
      { text: 'More than 37,500', kind: 'count', value: 37_500, unit: 'runner', bound: 'atLeast' },
      { text: '38,000', kind: 'count', value: 38_000, unit: 'runner' },
    ]);
    expect(matchClaim(field, [both])[0]?.note).toBe('count of runners about 38,000 and 38,000 agree');
  });

  it('takes a count told only by its order of size for no telling of a figure, which another claim may still conflict with', () => {
    const context = [person('Dana Whitcomb'), place('Redwater')];
    const fire = (id: string, text: string, quantity: QuantitySpec) => matchable(id, text, { quantities: [quantity], entities: [place('Redwater')], context });
    const ordered = fire('a#c0', 'About 8,000 residents of Redwater have been ordered to leave their homes.', { text: 'About 8,000', kind: 'count', value: 8_000, unit: 'evacuated', bound: 'approx' });
    const fled = fire('b#c0', 'Thousands of people fled their homes east of Redwater.', { text: 'Thousands', kind: 'count', value: 2_000, unit: 'evacuated', bound: 'atLeast' });
    const evacuated = fire('b#c1', 'About 12,000 people were evacuated from Redwater.', { text: 'About 12,000', kind: 'count', value: 12_000, unit: 'evacuated', bound: 'approx' });
    expect(matchClaim(ordered, [fled, evacuated]).find((m) => m.b === 'b#c1')?.relation).toBe('conflicts');
  });

  it('takes a sum written with a scale word as rounded to its last digit: $6.8 billion agrees with $6.82 billion, $312 million with $311.5 million', () => {
    const context = [org('Tesla'), person('Elon Musk')];
    const sum = (id: string, text: string, figure: string, value: number) =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'money', value, unit: 'USD' }], context });
    const revenue = (id: string, figure: string, value: number) => sum(id, `The carmaker reported revenue of ${figure} for the quarter.`, figure, value);
    expect(relationOf(revenue('a#c0', '$6.8 billion', 6.8e9), revenue('b#c0', '$6.82 billion', 6.82e9))?.relation).toBe('agrees');
    expect(relationOf(revenue('a#c0', '$312 million', 312e6), revenue('b#c0', '$311.5 million', 311.5e6))?.relation).toBe('agrees');
    expect(relationOf(revenue('a#c0', '$6.8 billion', 6.8e9), revenue('b#c0', '$6.9 billion', 6.9e9))?.relation).toBe('conflicts');
    expect(relationOf(revenue('a#c0', '$400,000', 4e5), revenue('b#c0', '$401,000', 4.01e5))?.relation).toBe('conflicts');
  });

  it('takes a figure in plain digits as given to its last digit: a rounded report agrees, two figures in full do not', () => {
    const context = [person('Elena Marsh'), person('David Ruiz')];
    const vote = (id: string, figure: string, value: number, kind: 'percent' | 'count') =>
      matchable(id, `Elena Marsh won ${figure} of the vote in the race for mayor.`, { quantities: [{ text: figure, kind, value, unit: kind === 'count' ? 'vote' : '%' }], context });
    expect(relationOf(vote('a#c0', '54.2%', 54.2, 'percent'), vote('b#c0', '54 percent', 54, 'percent'))?.relation).toBe('agrees');
    expect(relationOf(vote('a#c0', '43.1%', 43.1, 'percent'), vote('b#c0', '44 percent', 44, 'percent'))?.relation).toBe('conflicts');
    expect(relationOf(vote('a#c0', '38,412', 38_412, 'count'), vote('b#c0', '38,400', 38_400, 'count'))?.relation).toBe('agrees');
    expect(relationOf(vote('a#c0', '38,412', 38_412, 'count'), vote('b#c0', '38,451', 38_451, 'count'))?.relation).toBe('conflicts');
    expect(relationOf(vote('a#c0', '70', 70, 'count'), vote('b#c0', '68', 68, 'count'))?.relation).toBe('conflicts');
  });

  it('reads the words two outlets use for one thing as one, and the direction of a change as saying nothing of what changed', () => {
    const context = [org('Orvale Systems')];
    const claim = (id: string, text: string, figure: string, value: number, bound: Quantity['bound'] = 'exact') =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'percent', value, unit: '%', bound }], context });
    const shares = claim('a#c0', 'Shares of the company fell 2.1% in after-hours trading.', '2.1%', 2.1);
    const stock = claim('b#c0', 'The stock dipped about 2% after the announcement.', 'about 2%', 2, 'approx');
    expect(relationOf(shares, stock)).toMatchObject({ relation: 'agrees' });
    const profit = claim('a#c1', 'Quarterly profit rose 18% on strong demand.', '18%', 18);
    const revenue = claim('b#c1', 'Revenue rose 12% to a record.', '12%', 12);
    expect(relationOf(profit, revenue)).toBeUndefined();
  });

  it('agrees on the very same sum in two claims that name one company, though no word beside the sums is shared, and sets no other sum against it', () => {
    const context = [org('Corvane Therapeutics')];
    const entities = [org('Corvane Therapeutics')];
    const sum = (id: string, text: string, figure: string, value: number) => matchable(id, text, { quantities: [{ text: figure, kind: 'money', value }], entities, context });
    const valuing = sum('a#c0', 'Analysts said Corvane Therapeutics was valued at $12.4 billion.', '$12.4 billion', 12.4e9);
    const deal = sum('b#c0', 'Lindqvist Pharma will acquire Corvane Therapeutics in a $12.4bn all-cash deal.', '$12.4bn', 12.4e9);
    expect(relationOf(valuing, deal)).toMatchObject({ relation: 'agrees' });
    const other = sum('b#c1', 'Bankers said Corvane Therapeutics carried debt of $12.9bn.', '$12.9bn', 12.9e9);
    expect(relationOf(valuing, other)).toBeUndefined();
  });

  it('takes "nearly 3 percent" for just under 3 percent, which 1 percent is not, and "under 3 percent" for anything below it', () => {
    const context = [org('World Health Organization')];
    const rate = (id: string, text: string, figure: string, value: number, bound: Quantity['bound']) =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'percent', value, bound }], context });
    const limit = rate('a#c0', 'The fatality rate should be kept at 1% in a well-managed outbreak.', '1%', 1, 'exact');
    const nearly = rate('b#c0', 'Officials said the fatality rate, nearly 3 percent, was too high.', 'nearly 3 percent', 3, 'atMost');
    expect(relationOf(limit, nearly)).toMatchObject({ relation: 'conflicts' });
    const under = rate('b#c1', 'Officials said the fatality rate, under 3 percent, was acceptable.', 'under 3 percent', 3, 'atMost');
    expect(relationOf(limit, under)).toMatchObject({ relation: 'agrees' });
  });

  it('never sets a percentage something moved by against one it stands at, and sets either against one whose words say neither', () => {
    const context = [org('Corvane Therapeutics')];
    const entities = [org('Corvane Therapeutics')];
    const share = (id: string, text: string, figure: string, value: number) =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'percent', value }], entities, context });
    const jumped = share('a#c0', 'Corvane Therapeutics shares jumped 37% in premarket trading.', '37%', 37);
    const premium = share('b#c0', 'The offer for Corvane Therapeutics shares is a 44 percent premium to their last close.', '44 percent', 44);
    const premiumOf = share('a#c1', 'The price is a premium of 41% to the closing price of Corvane Therapeutics shares.', '41%', 41);
    const said = share('a#c2', 'Corvane Therapeutics shares premium: 41% over the last close, the filing said.', '41%', 41);
    expect(relationOf(jumped, premium)).toBeUndefined();
    expect(relationOf(premiumOf, premium)).toMatchObject({ relation: 'conflicts' });
    expect(relationOf(said, premium)).toMatchObject({ relation: 'conflicts' });
    const payRise = share('a#c3', 'Staff at Corvane Therapeutics won a 5% pay rise.', '5%', 5);
    const payRose = share('b#c1', 'Pay at Corvane Therapeutics rose 5% this year.', '5%', 5);
    expect(relationOf(payRise, payRose)).toMatchObject({ relation: 'agrees' });
  });

  it('does not take two claims for one statement when one kind of their figures agrees and another does not', () => {
    const study = (id: string, text: string, share: number) =>
      matchable(id, text, {
        quantities: [
          { text: '7,000 steps', kind: 'count', value: 7000, unit: 'step', bound: 'atLeast' },
          { text: `${share}%`, kind: 'percent', value: share, unit: '%' },
        ],
      });
    const a = study('a#c0', `Adults who walked at least 7,000 steps a day had a ${23}% lower risk of heart attack and stroke in the study.`, 23);
    const b = study('b#c0', `Walking 7,000 steps or more a day was linked to a ${25}% lower risk of heart attack and stroke in the study.`, 25);
    expect(relationOf(a, b)?.relation).not.toBe('agrees');
  });

  it('does not set against each other sums of one story that only a word further off ties', () => {
    const context = [org('Tesla'), person('Elon Musk')];
    const estimate = matchable('a#c0', 'Revenue beat the average estimate of analysts, $6.3 billion.', {
      quantities: [{ text: '$6.3 billion', kind: 'money', value: 6.3e9, unit: 'USD' }],
      context,
    });
    const cash = matchable('b#c0', 'It ended the quarter with $2.97 billion in cash, the chief executive told analysts.', {
      quantities: [{ text: '$2.97 billion', kind: 'money', value: 2.97e9, unit: 'USD' }],
      context,
    });
    expect(relationOf(estimate, cash)?.relation ?? 'none').toBe('none');
    const sameDay = (id: string, text: string) => matchable(id, text, { quantities: [{ text: 'July 9', kind: 'date', value: 709 }], context });
    expect(relationOf(sameDay('a#c0', 'The ceasefire took effect on July 9 across the south.'), sameDay('b#c0', 'On July 9 the guns fell silent in the south, officials said.'))?.relation).toBe('agrees');
  });

  it('does not call two claims of one source a match', () => {
    const sameSource = { ...spent2h17, id: 'a#c9', sourceId: 'a' };
    expect(matchClaim(lasted2h16, [sameSource])).toEqual([]);
  });
});

describe('the very same day in two claims of one matter', () => {
  it('agrees though the words around it differ, when the claims name one place or actor', () => {
    const context = [org('Hellenic Coast Guard'), person('Nikos Alexiou')];
    const left = matchable('a#c4', 'The vessel had left Tobruk in eastern Libya on June 9 and was bound for Italy.', {
      quantities: [{ text: 'June 9', kind: 'date', value: 609 }],
      entities: [place('Libya'), place('Italy')],
      context,
    });
    const setOff = matchable('b#c2', 'The 30-metre trawler, which set off from Tobruq in Libya on June 9, capsized in the early hours.', {
      quantities: [{ text: 'June 9', kind: 'date', value: 609 }],
      entities: [place('Libya')],
      context,
    });
    expect(matchClaim(left, [setOff])[0]?.note).toBe('date 9 June in both');
  });
});

describe('two figures given as floors', () => {
  const sinking = [place('Greece'), org('Hellenic Coast Guard')];
  const toll = (id: string, text: string, figure: string, value: number) =>
    matchable(id, text, { quantities: [{ text: figure, kind: 'count', value, unit: 'dead', bound: 'atLeast' }], entities: [place('Mediterranean')], context: sinking });

  it('agree when near each other, and are not compared when far apart, which neither would contradict', () => {
    const sank = toll('a#c1', 'A boat sank in the Mediterranean, killing at least 78 people.', 'at least 78', 78);
    const charged = toll('b#c1', 'Nine smugglers were charged over the sinking in the Mediterranean that left at least 82 people dead.', 'at least 82', 82);
    const since = toll('c#c1', 'More than 20,000 people have died crossing the Mediterranean since 2014.', 'More than 20,000', 20000);
    expect(matchClaim(sank, [charged])[0]?.note).toBe('count of dead over 78 and over 82 agree');
    expect(matchClaim(sank, [since]).map((m) => m.relation)).not.toContain('agrees');
  });
});

describe('those a disaster left alive', () => {
  const sinking = [place('Greece'), org('Hellenic Coast Guard')];
  const told = (id: string, text: string) =>
    matchable(id, text, { quantities: extractQuantities(text, 0).map(spec), entities: [place('Aegean')], context: sinking });

  it('are one count whether pulled out as survivors, rescued or said to have survived, and are never set against the dead or the missing', () => {
    const pulled = told('a#c1', 'Fishermen pulled 61 survivors from the sea off the Aegean island.');
    const rescued = told('b#c1', 'The coast guard said 61 people were rescued in the Aegean.');
    const survived = told('c#c1', 'Only 61 people survived the sinking in the Aegean.');
    const dead = told('d#c1', 'The ferry sank in the Aegean, killing 61 people.');
    const missing = told('e#c1', 'The coast guard said 40 people were missing in the Aegean.');
    expect(relationOf(pulled, rescued)?.note).toBe('count of survivors 61 in both');
    expect(relationOf(rescued, survived)?.note).toBe('count of survivors 61 in both');
    expect(relationOf(survived, dead)?.relation ?? 'none').toBe('none');
    expect(relationOf(rescued, missing)?.relation ?? 'none').toBe('none');
  });
});

describe('a measure told in two systems of units', () => {
  const launcher = [org('Aurelia Launch Systems')];
  const topic = { places: ['florida'], terms: ['satel'] };
  const kilograms = matchable('a#c1', 'The 4,200 kg satellite separated from the rocket’s upper stage shortly after liftoff.', {
    quantities: [{ text: '4,200 kg', kind: 'measure', value: 4200, unit: 'kg' }],
    context: launcher,
    topic,
  });

  it('agrees with itself converted, though no word next to either figure is shared', () => {
    const pounds = matchable('b#c1', 'The rocket released the 9,260-pound spacecraft into orbit.', {
      quantities: [{ text: '9,260-pound', kind: 'measure', value: 4200.27, unit: 'kg' }],
      context: launcher,
      topic,
    });
    expect(relationOf(kilograms, pounds)?.relation).toBe('agrees');
  });

  it('is set against no other mass so loosely tied', () => {
    const heavier = matchable('b#c2', 'The rocket released the 9,900-pound spacecraft into orbit.', {
      quantities: [{ text: '9,900-pound', kind: 'measure', value: 4490.6, unit: 'kg' }],
      context: launcher,
      topic,
    });
    expect(relationOf(kilograms, heavier)?.relation ?? 'none').not.toBe('conflicts');
  });
});

describe('two counts far apart in size', () => {
  it('are not of one order of size past a hundredfold, though a rising toll is', () => {
    const count = (text: string, value: number, unit: string): Quantity => ({ kind: 'count', value, unit, text, start: 0, end: text.length, bound: 'exact', role: 'actual' });
    expect(sameMagnitude(count('10,000', 10000, 'word'), count('one', 1, 'word'))).toBe(false);
    expect(sameMagnitude(count('One', 1, 'dead'), count('Fourteen', 14, 'dead'))).toBe(true);
    expect(sameMagnitude(count('30,000', 30000, 'protester'), count('250,000', 250000, 'protester'))).toBe(true);
  });
});

describe('a large sum or count as a note shows it', () => {
  it('is in millions, billions or trillions as news writes it, and in digits below a million', () => {
    const shown = (sentence: string) => extractQuantities(sentence, 0).map(formatQuantity);
    expect(shown('The company paid $12.4 billion for the chipmaker.')).toEqual(['USD 12.4 billion']);
    expect(shown('Net income was $411.8 million in the quarter.')).toEqual(['USD 411.8 million']);
    expect(shown('A fine of $640,000 was paid.')).toEqual(['USD 640,000']);
  });
});

describe('a temperature told in two scales', () => {
  const heat = (id: string, text: string, figure: string) => {
    const [q] = extractQuantities(text, 0);
    return matchable(id, text, { quantities: [{ ...spec(q!), text: figure }], context: [place('Seville')] });
  };
  const celsius = heat('a#c0', 'Temperatures in Seville reached 38C on Tuesday.', '38C');

  it('agrees with itself converted to the degree, and conflicts with a figure two degrees off', () => {
    expect(relationOf(celsius, heat('b#c0', 'Temperatures in Seville reached 100F on Tuesday.', '100F'))?.relation).toBe('agrees');
    expect(relationOf(celsius, heat('b#c1', 'Temperatures in Seville reached 104F on Tuesday.', '104F'))?.relation).toBe('conflicts');
  });

  it('agrees within the rounding of the figures as written: a tenth of a degree apart is one reading, eight tenths two', () => {
    const record = (id: string, figure: string) => heat(id, `Temperatures in Seville reached ${figure} on Tuesday.`, figure);
    expect(relationOf(record('a#c3', '47.6C'), record('b#c4', '117.7F'))?.relation).toBe('agrees');
    expect(relationOf(record('a#c4', '46.8C'), record('b#c5', '117.7F'))?.relation).toBe('conflicts');
  });

  it('is compared by degrees, not by ratio, below zero too', () => {
    const frost = (id: string, figure: string) => heat(id, `Temperatures in Seville fell to ${figure} overnight.`, figure);
    expect(relationOf(frost('a#c1', '-5°C'), frost('b#c2', '23F'))?.relation).toBe('agrees');
    expect(relationOf(frost('a#c2', '-5°C'), frost('b#c3', '-1°C'))?.relation).toBe('conflicts');
  });

  it('is shown in degrees Celsius', () => {
    expect(extractQuantities('It reached 100 degrees Fahrenheit.', 0).map(formatQuantity)).toEqual(['37.78 °C']);
  });
});

describe('a length as a note shows it', () => {
  it('is in millimetres below a metre, as rain is told, in metres below a kilometre, and in kilometres above', () => {
    const shown = (sentence: string) => extractQuantities(sentence, 0).map(formatQuantity);
    expect(shown('More than 200 mm of rain fell.')).toEqual(['over 200 mm']);
    expect(shown('The river peaked at 9.4 metres.')).toEqual(['9.4 m']);
    expect(shown('The town is 250 km east of the capital.')).toEqual(['250 km']);
  });
});
