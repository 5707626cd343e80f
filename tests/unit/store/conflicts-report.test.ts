import { describe, expect, it } from 'vitest';
import { conflictGroups, conflictsCsv, conflictsReport, csvCell } from '../../../lib/store/conflicts-report';
import { article, match } from './make-records';
import { freshDb, NORTH, SOUTH, storeOf } from './manager-scenario';

describe('the conflicts report', () => {
  it('lists every conflicting pair once, grouped by the entity both claims name, with both quotes and sources', async () => {
    const { db } = await storeOf([NORTH, SOUTH]);
    const groups = await conflictGroups(db);
    const pairs = groups.flatMap((g) => g.pairs);
    expect(pairs.map((p) => p.matchId).sort()).toEqual((await db.matches.where('relation').equals('conflicts').primaryKeys()).sort());
    const talks = pairs.find((p) => p.note.includes('2 h 16 min'))!;
    expect([talks.a.source.title, talks.b.source.title]).toContain(NORTH.title);
    expect(talks.a.text.slice(talks.a.marks[0]!.start, talks.a.marks[0]!.end)).toMatch(/hours/);
    expect(talks.b.link).toContain('#:~:text=');
    const group = groups.find((g) => g.pairs.includes(talks))!;
    expect(group.entity?.name).toMatch(/Keller|Berg/);
    expect(group.topic).toBe(group.entity?.name);
  });

  it('groups pairs that name no common entity under the words their claims share', async () => {
    const db = freshDb();
    const a = article('a', [{ text: 'The meeting had been planned to last 30 minutes.', quantities: [{ text: '30 minutes', kind: 'duration', value: 1800, unit: 's' }] }]);
    const b = article('b', [{ text: 'The meeting had been planned to last 35 minutes.', quantities: [{ text: '35 minutes', kind: 'duration', value: 2100, unit: 's' }] }]);
    await db.sources.bulkPut([a.source, b.source]);
    await db.claims.bulkPut([...a.claims, ...b.claims]);
    await db.matches.put(match(a.claims[0]!, b.claims[0]!, 'conflicts', 0.9, 'planned duration 30 min vs 35 min'));
    const [group] = await conflictGroups(db);
    expect(group).toMatchObject({ entity: null, topic: 'meeting planned last minutes' });
    expect(group?.pairs[0]?.a.marks).toEqual([{ start: 37, end: 47 }]);
  });

  it('pages over groups and counts every pair', async () => {
    const { db } = await storeOf();
    const whole = await conflictsReport(db, { offset: 0, limit: 100 });
    const second = await conflictsReport(db, { offset: 1, limit: 1 });
    expect(second.groups).toEqual(whole.groups.slice(1, 2));
    expect(second.totalPairs).toBe(whole.groups.reduce((n, g) => n + g.pairs.length, 0));
    expect(second.totalGroups).toBe(whole.groups.length);
  });

  it('exports as CSV with a header and one row per pair', async () => {
    const { db } = await storeOf([NORTH, SOUTH]);
    const { csv, rows } = conflictsCsv(await conflictGroups(db));
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('topic,entity,difference,score,claim_a,source_a,site_a,url_a,published_a,claim_b,source_b,site_b,url_b,published_b');
    expect(lines).toHaveLength(rows + 1);
    expect(csv).toContain('"President Anna Keller and Prime Minister Jonas Berg talked for 2 hours and 16 minutes, officials said."');
  });
});

describe('CSV cells', () => {
  it('quote commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(0.82)).toBe('0.82');
  });

  it('cannot start a formula in a spreadsheet', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });
});
