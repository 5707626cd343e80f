import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../lib/engine/analyze';
import { candidateKeys, topicFromKeys } from '../../../../lib/engine/candidate-keys';
import { matchClaim } from '../../../../lib/engine/matching';
import { headlineOf } from '../../../../lib/engine/text';
import { topicShared, topicTerms } from '../../../../lib/engine/topic';
import { matchable, person } from './claims';

const sentence = (text: string) => ({ text, terms: text.toLowerCase().match(/[a-z]+/g) ?? [] });

describe('an article’s topic words', () => {
  it('are the words most of its sentences repeat, by word family', () => {
    const terms = topicTerms(
      [sentence('The river flooded the city.'), sentence('Flood waters reached the square.'), sentence('Rescuers reached the flooding villages.'), sentence('Trains were cancelled.')],
      [],
    );
    expect(terms[0]).toBe('flood');
    expect(terms).not.toContain('train');
  });

  it('leave out the article’s names and the words every story uses', () => {
    const terms = topicTerms([sentence('Singapore hosted the summit, officials said.'), sentence('Singapore spent millions on the summit, officials said.')], ['Singapore']);
    expect(terms).toEqual(['summi']);
  });

  it('keep every word said as often as the last one kept, up to a few: which came first says nothing of which is the event', () => {
    const said = [sentence('The river burst its banks.'), sentence('Rain fell on the river banks.'), sentence('Rain flooded homes.'), sentence('The flooding reached the river banks after rain.'), sentence('Floods closed schools.')];
    expect(topicTerms(said, []).sort()).toEqual(['bank', 'flood', 'rain', 'river']);
    expect(topicTerms([sentence('Rain fell.'), sentence('Rain fell again on the river.'), sentence('The river rose.')], [])).toEqual(['rain', 'river']);
  });

  it('leave out the words every story on a listed company repeats: "company", "shares"', () => {
    const said = [sentence('The company sold shares on Thursday.'), sentence('Shares of the company rose in the software debut.'), sentence('The software debut drew investors to the company.')];
    expect(topicTerms(said, [])).toEqual(['softw', 'debut']);
  });

  it('count the headline twice: it states what happened', () => {
    const headline = { ...sentence('Warehouse fire kills twelve'), weight: 2 };
    expect(topicTerms([headline, sentence('The warehouse stood empty.')], [])).toContain('wareh');
    expect(topicTerms([sentence('Warehouse fire kills twelve'), sentence('The roof fell.')], [])).toEqual([]);
  });
});

describe('an article’s topic places', () => {
  it('are its most mentioned towns and regions, never a whole country', () => {
    const { topic } = analyzeText('Fire broke out in Pokhara on Sunday, police in Nepal said. Residents of Pokhara fled. Nepal mourned the dead of Pokhara.');
    expect(topic.places).toEqual(['pokhara']);
  });

  it('know a country by the name the article’s names take, whatever the country list calls it: Turkey', () => {
    const { topic } = analyzeText('The quake struck Turkey near Gaziantep on Monday. Turkey declared a week of mourning. Rescuers in Turkey worked through the night.');
    expect(topic.places).toEqual(['gaziantep']);
  });

  it('take in a known place the headline names and the story leaves unsaid, and no place the story names already twice over', () => {
    const story = 'The museum reopened on Monday. Detectives searched Antwerp for the stones, and the museum thanked Antwerp police.';
    expect(analyzeText(story, { title: 'Lyon jewel museum reopens' }).topic.places).toEqual(['antwerp', 'lyon']);
    expect(analyzeText(story).topic.places).toEqual(['antwerp']);
    const spill = 'Oil reached Tsitsana Bay on Monday. Crews at Tsitsana Bay and in Gqeberha worked on. Gqeberha closed its beaches, and the Eastern Cape government met.';
    expect(analyzeText(spill, { title: 'Tanker leaks crude off the Eastern Cape' }).topic.places).toEqual(['tsitsana bay', 'gqeberha']);
  });
});

describe('articles that meet by topic', () => {
  it('share a place and a word', () => {
    expect(topicShared({ places: ['paris'], terms: ['pensi', 'march'] }, { places: ['lyon', 'paris'], terms: ['prote', 'pensi'] })).toBe(true);
    expect(topicShared({ places: ['pokhara'], terms: ['crash', 'plane'] }, { places: ['pokhara'], terms: ['fire', 'wareh'] })).toBe(false);
    expect(topicShared({ places: ['paris'], terms: ['pensi'] }, { places: ['lyon'], terms: ['pensi'] })).toBe(false);
  });

  it('set the figures of two reports against each other when no actor ties them', () => {
    const topic = { places: ['paris'], terms: ['pensi', 'march'] };
    const a = matchable('a#c3', 'Police said 38 people were arrested after clashes near the square.', { quantities: [{ text: '38', kind: 'count', value: 38, unit: 'arrested' }], topic });
    const b = matchable('b#c3', 'Police detained 44 people in the capital after scuffles at the end of the march.', {
      quantities: [{ text: '44', kind: 'count', value: 44, unit: 'arrested' }],
      topic: { places: ['paris', 'france'], terms: ['pensi', 'prote'] },
    });
    expect(matchClaim(a, [b])[0]).toMatchObject({ relation: 'conflicts', note: 'count of arrested 38 vs 44' });
    expect(matchClaim(a, [{ ...b, topic: { places: ['paris'], terms: ['fire'] } }])).toEqual([]);
  });

  it('are one matter when one principal actor of each is the other’s and they are set in one place', () => {
    const governor = person('Hendra Wiratama');
    const report = (id: string, text: string, figure: string, value: number, context: string[], places: string[]) =>
      matchable(id, text, { quantities: [{ text: figure, kind: 'count', value, unit: 'home' }], context, topic: { places, terms: [] } });
    const a = report('a#c2', 'Officials said 63 houses were completely buried.', '63', 63, [person('Sutinah'), governor], ['sidomulyo', 'pagerwangi']);
    const c = report('c#c2', 'About 80 houses were buried, some under several metres of earth.', '80', 80, [governor, person('Ratna Kusumawati')], ['sidomulyo', 'wonoreja']);
    expect(matchClaim(a, [c])[0]).toMatchObject({ relation: 'conflicts', note: 'count of homes 63 vs 80' });
    expect(matchClaim(a, [{ ...c, topic: { places: ['wonoreja'], terms: [] } }])).toEqual([]);
    expect(matchClaim(a, [{ ...c, contextEntityIds: [person('Ratna Kusumawati')] }])).toEqual([]);
  });

  it('find each other in the index by a key naming the figure, a place and a word', () => {
    const claim = matchable('a#c1', 'Police said 38 people were arrested.', { quantities: [{ text: '38', kind: 'count', value: 38, unit: 'arrested' }], topic: { places: ['paris'], terms: ['pensi', 'march'] } });
    const keys = candidateKeys(claim).filter((k) => k.startsWith('v:'));
    expect(keys).toHaveLength(2);
    expect(topicFromKeys(keys)).toEqual({ places: ['paris'], terms: ['pensi', 'march'] });
  });
});

describe('the headline of a plain text', () => {
  it('is the longest heading above the story, not a byline or a live-blog label beside it', () => {
    const text = 'Live updates | Turkey-Syria quake\n\nDeath toll passes 3,000 after 7.7 quake hits Turkey and Syria\n\nBy Staff Reporter | 6 February\n\nA magnitude 7.7 earthquake hit the province of Kahramanmaras in southern Turkey early on Monday, the country’s disaster agency said, and thousands of buildings collapsed.';
    expect(headlineOf(text)).toBe('Death toll passes 3,000 after 7.7 quake hits Turkey and Syria');
    expect(headlineOf('A story with no heading at all starts right away with its first sentence, which runs on for a while.')).toBe('');
  });

  it('is the headline, not a byline of more words under it', () => {
    const text = 'Lyon jewel museum reopens as hunt for thieves widens\n\nBy Mathilde Roux | Lyon Evening Post | Tue 18 Mar 2025 | 06:40 CET\n\nInvestigators now believe four men took part in the break-in at the museum, one of whom stayed at the wheel of the car.';
    expect(headlineOf(text)).toBe('Lyon jewel museum reopens as hunt for thieves widens');
  });

  it('is a headline kept on one line above a story wrapped narrower, not joined to the byline below it', () => {
    const story = [
      'Tens of thousands of families across Seville province spent a sweltering night',
      'without electricity after a fire at a substation near Montealbar plunged a',
      'large part of the region into darkness just after 6 p.m. on Tuesday.',
      '',
      'Some 240,000 customers lost power, according to figures the distributor',
      'gave to the newspaper on Wednesday morning, making it the largest blackout in',
      'the province for more than a decade. Thirty-seven towns and villages were',
      'affected, from the outskirts of Seville to the edge of Cordoba province.',
      '',
      'The distributor said on Tuesday evening that it expected power to be back by',
      '10 p.m. In the event, the last homes were not reconnected until around 2.30',
      'a.m. on Wednesday, leaving some streets without electricity for hours.',
    ].join('\n');
    const headline = 'Night of darkness: heat, stuck lifts and candlelight as blackout hits Seville province';
    const text = `${headline}\n\nBy Carmen Ruiz-Whitfield | Published 17 July 2024, 08:30 CEST | Updated 17 July\n2024, 10:15 CEST\n\n${story}\n`;
    expect(headlineOf(text)).toBe(headline);
    expect(analyzeText(text).entities.map((e) => e.name)).not.toContain('Carmen Ruiz-Whitfield');
  });
});
