import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeText } from '../../../../lib/engine/analyze';
import type { DocumentAnalysis } from '../../../../lib/engine/types';
import { corpusFiles, corpusText, pageNames, pageText } from './fixtures';

function checkOffsets(a: DocumentAnalysis, text: string): void {
  expect(a.text).toBe(text);
  for (const c of a.claims) {
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.text).toBe(c.text.trim());
    for (const q of c.quantities) {
      expect(q.start).toBeGreaterThanOrEqual(c.start);
      expect(q.end).toBeLessThanOrEqual(c.end);
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    for (const e of c.entities) expect(a.entities[e]).toBeDefined();
  }
  for (const m of a.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.end).toBeGreaterThan(m.start);
    // Aliases are written with single spaces, whatever line breaks the text had inside a name.
    expect(a.entities[m.entity]!.aliases).toContain(text.slice(m.start, m.end).replace(/\s+/g, ' '));
  }
}

describe('offsets index the text exactly as given', () => {
  for (const file of corpusFiles) {
    it(`holds for every claim, quantity and mention of corpus ${file}`, () => {
      const text = corpusText(file);
      checkOffsets(analyzeText(text), text);
    });
  }
  for (const page of pageNames) {
    it(`holds for every claim, quantity and mention of page ${page}`, () => {
      const text = pageText(page);
      checkOffsets(analyzeText(text), text);
    });
  }

  it('holds with non-breaking spaces, curly quotes, CRLF line ends and hard wraps', () => {
    const text = 'Officials said\u00a0the “talks” lasted 2\u00a0hours and 16 minutes in\r\nHamburg, where President\r\nVladimir Putin met Donald Trump on July 7.\r\n';
    const a = analyzeText(text);
    checkOffsets(a, text);
    expect(a.claims.map((c) => c.quantities.map((q) => q.value))).toContainEqual([8160, 707]);
    expect(a.entities.map((e) => e.name)).toContain('Vladimir Putin');
  });

  it('holds for any text, and analysing never throws', () => {
    const piece = fc.constantFrom('The ', 'Mr. ', 'Lavrov ', 'said ', '2 hours ', 'and ', '16 minutes', '.', '\n', '\n\n', '\u00a0', '“', '”', 'U.S. ', 'al-', 'July 9', ', ', 'é', '😀', '-', '  ');
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      checkOffsets(analyzeText(text), text);
    }), { numRuns: 200 });
  });
});

describe('text as it comes', () => {
  it('joins lines hard-wrapped mid-sentence, so a claim spans them', () => {
    const text = corpusText('000.txt');
    const claim = analyzeText(text).claims.find((c) => c.quantities.some((q) => q.value === 8160));
    expect(claim?.text).toMatch(/^Without giving in to easy\s+emphasis[\s\S]*30 minutes planned\s+in advance\), he cites/);
  });

  it('joins a line that a sum of money opens to the sentence before it', () => {
    const text =
      'Henrik Dahl, chief executive of Lindqvist, told analysts the combined company would save roughly\n' +
      '$650m a year by 2027, partly by merging research sites.\n';
    const [claim] = analyzeText(text).claims;
    expect(claim?.text).toMatch(/^Henrik Dahl[\s\S]*research sites\.$/);
    expect(claim?.quantities.find((q) => q.kind === 'money')).toMatchObject({ text: 'roughly\n$650m', bound: 'approx' });
  });

  it('keeps a headline in sentence case out of the story below it, though the story is hard-wrapped', () => {
    const story =
      'Brightwater Energy reported a 17 per cent rise in third-quarter profit on Tuesday, helped by a\n' +
      'scorching summer in Texas that pushed electricity demand to records across the state.\n';
    const [claim] = analyzeText(`Brightwater beats forecasts as heatwave drives record power use\n\n${story}`).claims;
    expect(claim?.text).toMatch(/^Brightwater Energy reported/);
  });

  it('counts the words of the text', () => {
    expect(analyzeText('Two words.').wordCount).toBe(2);
  });
});

describe('site chrome yields no entities and no claims', () => {
  function chromeFree(file: string, lines: RegExp[]): void {
    const text = corpusText(file);
    const a = analyzeText(text);
    const spans = [...a.claims, ...a.mentions];
    for (const re of lines) {
      const m = re.exec(text);
      expect(m, `fixture line ${re}`).not.toBeNull();
      const start = m!.index;
      const end = start + m![0].length;
      const inside = spans.filter((s) => s.start < end && start < s.end);
      expect(inside.map((s) => text.slice(s.start, s.end)), `${re}`).toEqual([]);
    }
  }

  it('ignores the comment form after the story in 001', () => {
    chromeFree('001.txt', [/Leave a comment/, /Filtered HTML/, /• Web page addresses[^\n]*/, /• Allowed HTML tags[^\n]*/, /• Lines and paragraphs[^\n]*/, /Plain text/, /• No HTML tags allowed\./]);
  });

  it('ignores the clock line, player, credit, short-URL button, related headlines and tags in 002', () => {
    chromeFree('002.txt', [
      /07:47 GMT[^\n]*/, /Listen Live/, /© Sputnik[^\n]*/, /Get short URL/,
      /New Syria Ceasefire Deal[^\n]*/, /Tillerson: Special Representative[^\n]*/, /The ‘Gift’ That Keeps[^\n]*/,
      /negotiations, meeting, G20 summit[^\n]*/, /Community standards[^\n]*/, /Comment via Facebook[^\n]*/,
    ]);
  });

  it('keeps the story between the chrome', () => {
    const a = analyzeText(corpusText('002.txt'));
    expect(a.claims.length).toBeGreaterThan(10);
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Rex Tillerson', 'Kurt Volker', 'Sergei Lavrov']));
  });

  it('keeps the short paragraph a story ends on, and drops the credit line and the asides after it', () => {
    const story = 'Clashes broke out near the legislature after midnight, and police said they had arrested 19 people in the city centre.';
    const closing = 'Eight police officers were injured, a police spokesman said.';
    const text = `${story}\n\n${closing}\n\nReporting by Anna Keller; Editing by Tom Brown.\n\nWe would love to hear from you.\n`;
    const a = analyzeText(text);
    expect(a.claims.map((c) => c.text)).toEqual([story, closing]);
    expect(a.entities.map((e) => e.name)).not.toContain('Anna Keller');
  });

  it('drops a photo caption ended by its credit, and the photographer it names', () => {
    const story = 'The council approved the budget of $4 million on Tuesday after a long debate, the mayor said in a statement to reporters.';
    for (const caption of [
      'Shoppers queue outside the new store on Monday, hours before it opened. (Ellen M. Banner / The Seattle Times)',
      'Peacekeepers at a refugee camp in Sudan on Monday. Credit Ashraf Shazly/Agence France-Presse — Getty Images',
      'President Joe Biden speaks in the East Room of the White House in Washington, Tuesday, May 2, 2023. (AP Photo/Evan Vucci)',
      'Supporters gather outside the court in Manhattan on Tuesday. Photograph: Seth Wenig/AP',
    ]) {
      const a = analyzeText(`${story}\n\n${caption}\n\n${story}`);
      expect(a.claims.map((c) => c.text)).toEqual([story, story]);
      expect(a.entities.map((e) => e.name)).toEqual([]);
    }
  });

  it('drops the author’s note after a story, with its address and handle', () => {
    const story = 'The council approved the budget of $4 million on Tuesday after a long debate, the mayor said in a statement to reporters.';
    const note = 'Anna Keller is a reporter for the Daily Courier covering city hall and local politics. Follow her on Twitter @akeller or email her at akeller@courier.com';
    const a = analyzeText(`${story}\n\n${note}`);
    expect(a.claims.map((c) => c.text)).toEqual([story]);
    expect(a.entities.map((e) => e.name)).not.toContain('Anna Keller');
  });

  it('drops the line on who wrote or reported the story, wherever it stands', () => {
    const story = 'The council approved the budget of $4 million on Tuesday after a long debate, the mayor said in a statement to reporters.';
    for (const note of ['John Smith is a senior correspondent at Politico covering the White House.', 'Daniel Brown contributed reporting from London.']) {
      const a = analyzeText(`${story}\n\n${note}\n\n${story}`);
      expect(a.claims.map((c) => c.text)).toEqual([story, story]);
      expect(a.entities.map((e) => e.name)).toEqual([]);
    }
  });

  it('drops a note on the article itself, when it is all its paragraph says, though it names a time or a figure', () => {
    const story = 'The council approved the budget of $4 million on Tuesday after a long debate, the mayor said in a statement to reporters.';
    for (const note of [
      '2:58 p.m.: This article was updated to add the $30 million the district stood to lose.',
      "Editor's note: An earlier version of this story misstated the budget as $5 million.",
      'Correction: An earlier version of this article gave the mayor’s age as 61.',
    ]) {
      expect(analyzeText(`${story}\n\n${note}`).claims.map((c) => c.text)).toEqual([story]);
    }
    const told = 'This story has been updated. Police said 12 people died on Sunday in the fire at the depot.';
    expect(analyzeText(`${story}\n\n${told}`).claims.map((c) => c.text)).toEqual([story, 'Police said 12 people died on Sunday in the fire at the depot.']);
    const report = 'The report was updated on Monday to show 14 deaths across the county, officials said.';
    expect(analyzeText(`${story}\n\n${report}`).claims.map((c) => c.text)).toEqual([story, report]);
  });

  it('drops an appeal to subscribe, sign up or donate, though it names a sum', () => {
    const story = 'The council approved the budget of $4 million on Tuesday after a long debate, the mayor said in a statement to reporters.';
    for (const appeal of ['Want more stories like this? Subscribe to our newsletter for $1 a week.', 'Readers like you make our work possible. Donate $5 today to support independent journalism.']) {
      expect(analyzeText(`${story}\n\n${appeal}\n\n${story}`).claims.map((c) => c.text)).toEqual([story, story]);
    }
  });

  it('drops the site\'s notice on cookies, though it names a figure', () => {
    const story = 'The council approved the budget of $4 million on Tuesday after a long debate, the mayor said in a statement to reporters.';
    const notice = 'We use cookies to improve your experience on our site and to show you 3 relevant ads.';
    expect(analyzeText(`${story}\n\n${notice}\n\n${story}`).claims.map((c) => c.text)).toEqual([story, story]);
  });

  it('drops an author\'s note that goes on for a sentence after saying who the author is', () => {
    const story = 'The council approved the budget of $4 million on Tuesday after a long debate, the mayor said in a statement to reporters.';
    const note = 'Jane Smith is a senior correspondent based in London. She has covered weather for 15 years.';
    expect(analyzeText(`${story}\n\n${note}\n\n${story}`).claims.map((c) => c.text)).toEqual([story, story]);
  });

  it('keeps a "Related:" link to another story out of the paragraph after it', () => {
    const story = 'The report also found that the U.S. ranked last among the 10 countries on poverty, its authors said.';
    const a = analyzeText(`Related: Rich are paying more in taxes but not as much as they used to\n\n${story}`);
    expect(a.claims.map((c) => c.text)).toEqual([story]);
  });

  it('drops lines of interface words and tag lists wherever they appear', () => {
    const story = 'The council approved the budget of $4 million on Tuesday after a long debate, the mayor said in a statement to reporters. ';
    const text = `Share this article\nSign in | Subscribe\n${story}\nRead more\nbudget, council, city hall, taxes, mayor\n${story}`;
    const a = analyzeText(text);
    expect(a.claims).toHaveLength(2);
    for (const c of a.claims) expect(c.text).toBe(story.trim());
  });
});

describe('other languages', () => {
  for (const page of ['lemonde-1', 'heise']) {
    it(`analyses ${page} without throwing and finds no English-only results`, () => {
      const text = pageText(page);
      const a = analyzeText(text);
      expect(a.language).not.toBe('en');
      expect(a.entities.every((e) => e.type !== 'person')).toBe(true);
      for (const c of a.claims) expect(c.quantities.length).toBeGreaterThan(0);
    });
  }

  it('treats a French paragraph as French and keeps only language-neutral numbers', () => {
    const a = analyzeText("Le président de la République a annoncé mardi une hausse de 5 % des salaires, selon le ministre. Les syndicats ont dénoncé une mesure insuffisante pour les fonctionnaires.");
    expect(a.language).toBe('fr');
    expect(a.claims.flatMap((c) => c.quantities)).toEqual([expect.objectContaining({ kind: 'percent', value: 5 })]);
  });

  it('uses the language it is given', () => {
    expect(analyzeText('Die Regierung hat am Montag neue Sanktionen beschlossen.', { language: 'de' }).language).toBe('de');
  });
});
