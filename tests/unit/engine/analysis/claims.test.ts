import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../lib/engine/analyze';
import { corpusText, pageNames, pageText } from './fixtures';

const claimsOf = (text: string) => analyzeText(text).claims.map((c) => c.text);

describe('which sentences are claims', () => {
  it('takes parties named by nationality acting together as a checkable statement', () => {
    const sentence = 'Security around the zone will be provided by Russian military police in coordination with the Americans and Jordanians.';
    expect(claimsOf(sentence)).toEqual([sentence]);
  });

  it('takes an agreement reached as a checkable statement even when no one is named', () => {
    const sentence = 'An agreement has also been reached on short procedures for appointing new ambassadors.';
    expect(claimsOf(sentence)).toEqual([sentence]);
  });

  it('leaves out the writer\'s own aside: "let\'s say what the Yahoo sale is not"', () => {
    expect(claimsOf('Yahoo said the sale was not a merger. First, let’s say what the Yahoo sale is not.')).toEqual(['Yahoo said the sale was not a merger.']);
  });

  it('leaves out joint action with one party only, agreement words without an agreement concluded, and opinion', () => {
    expect(claimsOf('Security in the zone will be provided by Russian military police.')).toEqual([]);
    expect(claimsOf('Critics say the agreement is a fragile one and may not hold for long.')).toEqual([]);
    expect(claimsOf('Many observers believe that the meeting went better than expected by everyone.')).toEqual([]);
  });

  it('leaves out a quoted opinion whose sentence only says who said it', () => {
    expect(claimsOf('“That’s a powerful combination,” Tom Forte said.')).toEqual([]);
    expect(claimsOf('“There is no reason to believe the guys in charge have changed,” said Eric Reeves, a senior fellow at Harvard University.')).toEqual([]);
    expect(claimsOf('The attack is “also aimed at the country’s security and stability during the transition,” Azzouz said.')).toEqual([]);
  });

  it('keeps a quotation that names someone or reports an act, and a report that quotes a few words', () => {
    const named = '“Whole Foods is one of the better ones, to be honest with you,” Bassi said.';
    const act = 'Prime Minister Theresa May condemned the attack, saying in a statement that it “will not break our people’s will.”';
    const report = 'Barack Obama said recent concerns were "legitimate and deserve intense attention" but insisted progress had been made.';
    expect(claimsOf(`${named} ${act} ${report}`)).toEqual([named, act, report]);
  });

  it('leaves out an act only supposed by a modal, but keeps one someone is reported to say or could not do', () => {
    expect(claimsOf('Officials worry that Tunisian militants may have joined the jihadists in Libya.')).toEqual([]);
    expect(claimsOf('Analysts say Russia could launch an attack on Ukraine within weeks.')).toEqual(['Analysts say Russia could launch an attack on Ukraine within weeks.']);
    expect(claimsOf('In that structure Yahoo would have been sold to Verizon.')).toEqual([]);
    const failed = 'The source could not confirm details of the talks with Robert Mugabe.';
    expect(claimsOf(failed)).toEqual([failed]);
  });

  it('leaves out a line with no stop, a question inside quotation marks, a caption and code, and keeps a sentence whose stop a quotation mark follows', () => {
    expect(claimsOf('Twelve whales stranded on the Taranaki coast of New Zealand on a scale not seen in memory')).toEqual([]);
    expect(claimsOf('Senator Vance retweeted the story, saying, “Are there any honest polls left?”')).toEqual([]);
    expect(claimsOf('Clockwise from top: Parata holds three whale teeth recovered from a beached whale.')).toEqual([]);
    expect(claimsOf('SELECT status_code FROM log WHERE entries > 400; period │ status_code │ 12 entries.')).toEqual([]);
    const quoted = 'Officials said the storm had killed 12 people “across the whole region.”';
    expect(claimsOf(quoted)).toEqual([quoted]);
  });

  it('leaves out a wish: "if only Yahoo had bought Snapchat"', () => {
    expect(claimsOf('Ahh, if only Yahoo had bought Snapchat instead of Tumblr.')).toEqual([]);
    expect(claimsOf('Yahoo bought Tumblr, and if only it had bought Snapchat instead.')).toEqual(['Yahoo bought Tumblr, and if only it had bought Snapchat instead.']);
  });

  it('takes a short sentence with a figure and a verb for a claim, but not a line without a full stop', () => {
    expect(claimsOf('Revenue climbed 11% to $4.27 billion.')).toEqual(['Revenue climbed 11% to $4.27 billion.']);
    expect(claimsOf('Shares fell 4%.')).toEqual([]);
    expect(claimsOf('Revenue climbed 11% to $4.27 billion')).toEqual([]);
  });

  it('reads a site\'s name as one word, so that its dot ends no sentence', () => {
    const sentence = 'A writer for the website Snopes.com which will soon label news retweeted 12 articles by New York magazine.';
    expect(claimsOf(sentence)).toEqual([sentence]);
    expect(claimsOf(`The site bbc.co.uk reported that ${sentence}`)).toEqual([`The site bbc.co.uk reported that ${sentence}`]);
  });

  it('reads a shortened title as part of its sentence, and leaves it out of the name after it', () => {
    const sentence = 'The Rev. Al Sharpton said 300 people marched, and Det. Insp. Ann Ray said 3 men fled.';
    const a = analyzeText(sentence);
    expect(a.claims.map((c) => c.text)).toEqual([sentence]);
    expect(a.entities.map((e) => e.name)).toEqual(['Al Sharpton', 'Ann Ray']);
  });

  it('keeps a number in a claim\'s terms as written', () => {
    const [claim] = analyzeText('The annual inflation rate rose to 3.5% from 3.2% in February, the Labor Department said.').claims;
    expect(claim?.terms).toEqual(expect.arrayContaining(['3.5', '3.2', 'inflat']));
  });

  it('keeps claims a minority of the sentences of real news pages', () => {
    let claims = 0;
    let sentences = 0;
    for (const name of pageNames) {
      const text = pageText(name);
      claims += analyzeText(text).claims.length;
      sentences += (text.match(/[.!?](?:\s|$)/g) ?? []).length;
    }
    expect(claims / sentences).toBeLessThan(0.5);
  });

  it('finds the corpus’s agreed facts on the military police and the ambassadors as claims', () => {
    expect(claimsOf(corpusText('000.txt')).some((c) => /military police/.test(c))).toBe(true);
    expect(claimsOf(corpusText('000.txt')).some((c) => /appointing new\s+ambassadors/.test(c))).toBe(true);
    expect(claimsOf(corpusText('002.txt')).some((c) => /military police/.test(c))).toBe(true);
  });
});

describe('a claim opened by a dateline', () => {
  const a = analyzeText('Outage\n\nNEW YORK (Asia Desk Wire) — An outage disrupted card payments for more than 200,000 businesses in Europe, the company said.\n\nThe outage in Europe lasted four hours, engineers in New York said.');
  const names = (claim: number) => a.claims[claim]!.entities.map((i) => a.entities[i]!.name);

  it('is not of the place it was filed from, though a later claim naming that place is', () => {
    expect(names(0)).toEqual(['Europe']);
    expect(names(1)).toEqual(expect.arrayContaining(['Europe', 'New York']));
  });

  it('gives the article no place from the agency in its brackets, and keeps the place filed from as a mention', () => {
    const filed = analyzeText('Landslide\n\nJAKARTA (Asia Desk Wire) — Rescuers dug through mud in Wonoreja after 27 people were killed.');
    expect(filed.topic.places).toEqual(['jakarta', 'wonoreja']);
    expect(a.mentions.map((m) => a.entities[m.entity]!.name)).toContain('New York');
  });
});
