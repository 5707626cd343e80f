import { describe, expect, it } from 'vitest';
import { contextFromKeys } from '../../../../lib/engine/candidate-keys';
import { candidateKeys, matchClaim } from '../../../../lib/engine/matching';
import { matchable, org, person, place } from './claims';

const police = [
  matchable('a#c7', 'At the beginning, security in de-escalation areas will be provided by the Russian military police in coordination with Jordanians and Americans.', { entities: [place('Russia')] }),
  matchable('b#c7', 'In the beginning, security around this de-escalation zone will be provided by Russian military police in coordination with the U.S. and Jordan.', {
    entities: [place('Russia'), place('United States'), place('Jordan')],
  }),
];
const volker = [
  matchable('a#c9', 'On July 7, Secretary of State Rex Tillerson chose as special representative of Ukraine Kurt Volker, former US ambassador to NATO.', {
    entities: [person('Rex Tillerson'), place('Ukraine'), person('Kurt Volker'), place('United States')],
  }),
  matchable('b#c9', 'Earlier the State Department announced that Kurt Volker was appointed as the United States Special Representative for Ukraine Negotiations.', {
    entities: [person('Kurt Volker'), place('United States'), place('Ukraine')],
  }),
];
const unrelated = matchable('c#c1', 'The Elbphilharmonie hosted a gala concert for the leaders of the summit.', { entities: [place('Elbphilharmonie')] });

describe('relating claims without comparable quantities', () => {
  it('finds the same statement in other words as agreement', () => {
    const [a, b] = police as [(typeof police)[0], (typeof police)[0]];
    const match = matchClaim(a, [b])[0];
    expect(match?.relation).toBe('agrees');
    expect(match?.note).toMatch(/^same statement: .*coordination/);
  });

  it('calls claims on one topic that assert different things related at most', () => {
    const [a, b] = volker as [(typeof volker)[0], (typeof volker)[0]];
    expect(['related', 'agrees']).toContain(matchClaim(a, [b])[0]?.relation);
  });

  it('does not agree with a negated version of the same statement', () => {
    const said = matchable('a#c3', 'President Trump accepted that Russian authorities tried to influence the U.S. elections.', { entities: [person('Trump'), place('United States')] });
    const denied = matchable('b#c3', 'President Trump never accepted that Russian authorities tried to influence the U.S. elections.', { entities: [person('Trump'), place('United States')] });
    expect(matchClaim(said, [denied])[0]?.relation).toBe('related');
  });

  it('does not call the same statement with another figure an agreement when nothing ties the two to one event', () => {
    const a = matchable('a#c4', 'About 39% of teachers in primary schools were on strike, the education ministry said.', { quantities: [{ text: '39%', kind: 'percent', value: 39, bound: 'approx' }] });
    const b = matchable('b#c4', 'In primary schools, 32.7% of teachers were on strike, according to the education ministry.', { quantities: [{ text: '32.7%', kind: 'percent', value: 32.7 }] });
    const same = matchable('c#c4', 'In primary schools, 39% of teachers were on strike, according to the education ministry.', { quantities: [{ text: '39%', kind: 'percent', value: 39 }] });
    expect(matchClaim(a, [b])[0]?.relation).toBe('related');
    expect(matchClaim(a, [same])[0]?.relation).toBe('agrees');
    // Near enough each other's rounding, but not the very same figure: nothing says it is one.
    const turnout = (id: string, text: string, figure: string, value: number) => matchable(id, text, { quantities: [{ text: figure, kind: 'percent', value, bound: 'approx' }] });
    const here = turnout('d#c4', 'About 62 percent of registered voters cast a ballot.', 'About 62 percent', 62);
    const there = turnout('e#c4', "About 58 percent of the city's registered voters cast ballots, officials said.", 'About 58 percent', 58);
    expect(matchClaim(here, [there])[0]?.relation).not.toBe('agrees');
  });

  it('does not call claims that share a few words, and no name, of articles on different matters the same statement', () => {
    const tunisia = matchable('a#c5', 'Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product in 2013, according to an industry body.', {
      entities: [place('Tunisia')],
      quantities: [{ text: '15 percent', kind: 'percent', value: 15 }],
    });
    const zealand = matchable('b#c5', 'It is a high-income economy with a nominal gross domestic product (GDP) per capita of US$36,254.', {
      quantities: [{ text: 'US$36,254', kind: 'money', value: 36254, unit: 'USD' }],
    });
    expect(matchClaim(tunisia, [zealand]).map((m) => m.relation)).not.toContain('agrees');
  });

  it('relates nothing to a claim on another subject', () => {
    expect(matchClaim(unrelated, [...police, ...volker])).toEqual([]);
  });

  it('keeps only the closest few related claims for one claim', () => {
    const claim = matchable('a#c1', 'The Senate and the House passed new sanctions against Russia over the election interference.', {
      entities: [place('Russia'), org('Senate'), org('House')],
    });
    const critics = ['Warren', 'Paul', 'Sanders', 'Cruz', 'Rubio', 'Graham', 'Kaine', 'Coons'];
    const others = critics.map((name, i) =>
      matchable(`s${i}#c0`, `Senator ${name} called the Senate and House sanctions against Russia too weak to deter interference.`, {
        entities: [person(name), place('Russia'), org('Senate'), org('House')],
      }),
    );
    const related = matchClaim(claim, others).filter((m) => m.relation === 'related');
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
  });
});

describe('index keys of a claim', () => {
  it('are few, and shared by two wordings of the same statement', () => {
    const [a, b] = police.map((c) => candidateKeys(c));
    expect(a!.length).toBeLessThanOrEqual(12);
    expect(a!.some((k) => b!.includes(k))).toBe(true);
  });

  it('pair a person with the other entities of the claim, never name one entity or two countries alone', () => {
    const keys = candidateKeys(volker[0]!);
    const pair = (x: string, y: string) => `p:${[x, y].sort().join('|')}`;
    expect(keys).toContain(pair(person('Kurt Volker'), person('Rex Tillerson')));
    expect(keys).toContain(pair(person('Kurt Volker'), place('United States')));
    expect(keys).not.toContain(pair(place('Ukraine'), place('United States')));
    expect(keys.filter((k) => k.startsWith('p:') || k.startsWith('q:')).every((k) => k.includes('|'))).toBe(true);
  });

  it('leave out words every news story uses', () => {
    const keys = candidateKeys(matchable('x#c0', 'The president said on Monday that the government would make a statement.'));
    expect(keys.filter((k) => k.startsWith('t:'))).toEqual([]);
  });

  it('let a story with a single principal actor meet longer coverage that names it, first or not', () => {
    const claim = (id: string, text: string, context: string[]) =>
      candidateKeys(matchable(id, text, { quantities: [{ text: '267', kind: 'count', value: 267, unit: 'dead' }], context }));
    const short = claim('a#c0', 'The death toll rose to 267.', [person('Matteo Renzi')]);
    const coverage = [person('Matteo Renzi'), person('Sergio Pirozzi'), org('Civil Protection Department')];
    const long = claim('b#c0', 'Officials put the number of dead at 267 on Thursday.', coverage);
    expect(short.filter((k) => long.includes(k)).filter((k) => k.startsWith('s:'))).not.toEqual([]);
    const agency = claim('c#c0', 'The agency said 267 people had died.', [org('Civil Protection Department')]);
    expect(agency.filter((k) => long.includes(k)).filter((k) => k.startsWith('s:'))).not.toEqual([]);
    expect(contextFromKeys(long).sort()).toEqual([...coverage].sort());
    expect(contextFromKeys(short)).toEqual([person('Matteo Renzi')]);
  });

  it('let two counts of one deed meet when the longest words around them differ', () => {
    const ctx = [org('Hartwell & Price')];
    const claim = (id: string, text: string, value: number) =>
      candidateKeys(matchable(id, text, { quantities: [{ text: String(value), kind: 'count', value, unit: 'store' }], context: ctx }));
    const closing = claim('a#c0', 'The company said it would close 120 of its 410 stores by the end of May.', 120);
    const shutting = claim('b#c0', 'The filing says it owed creditors $2.5 billion and would shut 125 stores.', 125);
    expect(closing.filter((k) => shutting.includes(k))).toEqual([`s:count/store:other:actual|${org('Hartwell & Price')}|close`]);
  });

  it('let two articles with the same actors meet on the length of an event', () => {
    const ctx = [person('Trump'), person('Putin')];
    const a = candidateKeys(matchable('a#c0', 'The meeting lasted 2 hours and 16 minutes.', { quantities: [{ text: '2 hours and 16 minutes', kind: 'duration', value: 8160 }], context: ctx }));
    const b = candidateKeys(matchable('b#c0', 'They spent two hours seventeen minutes behind closed doors.', { quantities: [{ text: 'two hours seventeen minutes', kind: 'duration', value: 8220 }], context: ctx }));
    expect(a.filter((k) => b.includes(k)).length).toBeGreaterThan(0);
  });
});
