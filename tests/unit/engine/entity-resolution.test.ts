import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine/analyze';
import { entityKeys } from '../../../lib/engine/entity-keys';
import { entityIdFor, entityTypeOfId, guessedJoins, lookupKeys, resolveEntities } from '../../../lib/engine/entity-resolution';
import type { EntityType, LocalEntity } from '../../../lib/engine/types';
import { blockingKeys } from '../../../lib/store/entity-blocklist';
import type { EntityRecord } from '../../../lib/store/records';

function local(index: number, name: string, type: EntityType, keys: string[]): LocalEntity {
  return { index, name, type, aliases: [name], keys };
}

function stored(entity: LocalEntity, mentionCount = 1): EntityRecord {
  const { ids, records } = resolveEntities([entity], []);
  return { ...records[0]!, id: ids[0]!, mentionCount };
}

const rexTillerson = local(0, 'Rex Tillerson', 'person', ['person:rex tilerson', 'surname:tilerson']);
const tillerson = local(0, 'Tillerson', 'person', ['surname:tilerson']);
const donaldTrump = local(0, 'Donald Trump', 'person', ['person:donald trump', 'surname:trump']);
const ivankaTrump = local(0, 'Ivanka Trump', 'person', ['person:ivanka trump', 'surname:trump']);
const trump = local(0, 'Trump', 'person', ['surname:trump']);

describe('joining a document’s entities with the store’s', () => {
  it('gives a new entity a deterministic id that carries its type', () => {
    const first = resolveEntities([rexTillerson], []);
    const again = resolveEntities([rexTillerson], []);
    expect(first.ids).toEqual(again.ids);
    expect(first.ids[0]).toBe(entityIdFor('person', 'person:rex tilerson'));
    expect(entityTypeOfId(first.ids[0]!)).toBe('person');
  });

  it('joins a transliterated spelling through a shared key and merges aliases and keys', () => {
    const sergey = stored(local(0, 'Sergey Lavrov', 'person', ['person:sergei lavrov', 'surname:lavrov']));
    const sergei = local(0, 'Sergei Lavrov', 'person', ['person:sergei lavrov', 'surname:lavrov', 'person:s lavrov']);
    const { ids, records } = resolveEntities([sergei], [sergey]);
    expect(ids).toEqual([sergey.id]);
    expect(records[0]?.aliases).toEqual(['Sergey Lavrov', 'Sergei Lavrov']);
    expect(records[0]?.keys).toContain('person:s lavrov');
    expect(records[0]?.name).toBe('Sergey Lavrov');
  });

  it('joins a surname alone to the single full name with that surname', () => {
    const rex = stored(rexTillerson);
    expect(resolveEntities([tillerson], [rex]).ids).toEqual([rex.id]);
  });

  it('does not join a surname alone when two people share it', () => {
    const donald = stored(donaldTrump);
    const ivanka = stored(ivankaTrump);
    const { ids } = resolveEntities([trump], [donald, ivanka]);
    expect(ids[0]).not.toBe(donald.id);
    expect(ids[0]).not.toBe(ivanka.id);
  });

  it('lets a full name take over the surname stored alone, with the full name shown', () => {
    const alone = stored(tillerson);
    const { ids, records } = resolveEntities([rexTillerson], [alone]);
    expect(ids).toEqual([alone.id]);
    expect(records[0]?.name).toBe('Rex Tillerson');
  });

  it('joins a full name to the stored one it shortens by given names, but not a name with other initials', () => {
    const person = (name: string) => local(0, name, 'person', entityKeys('person', null, [name]));
    const recep = stored(person('Recep Tayyip Erdoğan'));
    expect(resolveEntities([person('Tayyip Erdogan')], [recep]).ids).toEqual([recep.id]);
    const donaldJ = stored(person('Donald J. Trump'));
    expect(resolveEntities([person('Donald Trump')], [donaldJ, stored(ivankaTrump)]).ids).toEqual([donaldJ.id]);
    const father = stored(person('George H. W. Bush'));
    expect(resolveEntities([person('George W. Bush')], [father]).ids).not.toEqual([father.id]);
  });

  it('never joins entities of different types', () => {
    const jordanPlace = stored(local(0, 'Jordan', 'place', ['place:jordan']));
    const { ids } = resolveEntities([local(0, 'Jordan', 'person', ['surname:jordan'])], [jordanPlace]);
    expect(ids[0]).not.toBe(jordanPlace.id);
  });

  it('joins two entities of one document that share a key with each other once', () => {
    const us = local(0, 'United States', 'place', ['place:united states']);
    const usa = local(1, 'USA', 'place', ['place:united states', 'place:usa']);
    const { ids, records } = resolveEntities([us, usa], []);
    expect(ids[0]).toBe(ids[1]);
    expect(records).toHaveLength(1);
    expect(records[0]?.aliases).toEqual(['United States', 'USA']);
  });

  it('joins two spellings of one place through their consonant skeleton when they are nearly the same', () => {
    const place = (name: string) => local(0, name, 'place', entityKeys('place', null, [name]));
    const souweida = stored(place('Souweida'));
    expect(resolveEntities([place('As-Suwayda')], [souweida]).ids).toEqual([souweida.id]);
    const homs = stored(place('Homs'));
    expect(resolveEntities([place('Hims')], [homs]).ids).toEqual([homs.id]);
  });

  it('joins a body named in British spelling to the same body stored in American spelling, and the other way', () => {
    const org = (name: string) => local(0, name, 'organization', entityKeys('organization', null, [name]));
    const american = stored(org('International Organization for Migration'));
    expect(resolveEntities([org('International Organisation for Migration')], [american]).ids).toEqual([american.id]);
    const british = stored(org('National Centre for Atmospheric Science'));
    expect(resolveEntities([org('National Center for Atmospheric Science')], [british]).ids).toEqual([british.id]);
    expect(resolveEntities([org('National Theatre')], [british]).ids).not.toEqual([british.id]);
  });

  it('keeps different places apart even when their short consonant skeletons are the same', () => {
    const place = (name: string) => local(0, name, 'place', entityKeys('place', null, [name]));
    for (const [first, second] of [['Bern', 'Brno'], ['Turin', 'Tirana']] as const) {
      const a = place(first);
      const b = place(second);
      expect(a.keys.filter((k) => b.keys.includes(k)), `${first} and ${second} share a skeleton`).not.toEqual([]);
      const existing = stored(a);
      expect(resolveEntities([b], [existing]).ids, `${first} and ${second}`).not.toEqual([existing.id]);
    }
  });

  it('joins two spellings of one person whose given names are the same and whose long surnames are one letter apart', () => {
    const person = (name: string) => local(0, name, 'person', entityKeys('person', null, [name]));
    const whitcomb = stored(person('Dana Whitcomb'));
    expect(resolveEntities([person('Dana Whitcombe')], [whitcomb]).ids).toEqual([whitcomb.id]);
    const mohamed = stored(person('Ali Mohamed'));
    expect(resolveEntities([person('Ali Mohamad')], [mohamed]).ids).toEqual([mohamed.id]);
  });

  it('joins two romanisations of one first name, vowels otherwise inside it, before the same surname', () => {
    const person = (name: string) => local(0, name, 'person', entityKeys('person', null, [name]));
    for (const [first, second] of [['Mohammed bin Salman', 'Mohammad bin Salman'], ['Ahmed Kessali', 'Ahmad Kessali'], ['Hussein Tarvani', 'Husain Tarvani']] as const) {
      const existing = stored(person(first));
      expect(resolveEntities([person(second)], [existing]).ids, `${first} and ${second}`).toEqual([existing.id]);
    }
  });

  it('joins a company named by its short name alone to the one stored company so called, and a full name to such a short name stored alone', () => {
    const company = (...names: string[]) => local(0, names[0]!, 'organization', entityKeys('organization', null, names));
    const full = stored(company('Halvorsen Motor Co', 'Halvorsen'));
    const { ids } = resolveEntities([company('Halvorsen')], [full]);
    expect(ids).toEqual([full.id]);
    expect(guessedJoins([company('Halvorsen')], ids, [full])).toEqual([{ index: 0, id: full.id, by: 'short-name' }]);
    const bare = stored(company('Halvorsen'));
    const joined = resolveEntities([company('Halvorsen Motor Company')], [bare]);
    expect(joined.ids).toEqual([bare.id]);
    expect(joined.records[0]!.name).toBe('Halvorsen Motor Company');
    // Two stored companies go by the name: it is neither.
    const other = stored(company('Halvorsen Capital', 'Halvorsen'));
    expect(resolveEntities([company('Halvorsen')], [full, other]).ids[0]).not.toBeOneOf([full.id, other.id]);
  });

  it('joins a town the gazetteer knows by another spelling to the place stored under that spelling before', () => {
    const kievBefore = stored(local(0, 'Kiev', 'place', entityKeys('place', null, ['Kiev'])));
    const kievNow = local(0, 'Kyiv', 'place', entityKeys('place', 'Kyiv', ['Kiev']));
    expect(resolveEntities([kievNow], [kievBefore]).ids).toEqual([kievBefore.id]);
    expect(entityKeys('place', 'Vienna', ['Vienna'])).toEqual(['place:vienna']);
  });

  it('keeps apart people with other given names, short surnames one letter apart, or surnames further apart', () => {
    const person = (name: string) => local(0, name, 'person', entityKeys('person', null, [name]));
    const others = [['Dana Whitcomb', 'Anna Whitcombe'], ['Dana Lee', 'Dana Lea'], ['Dana Morgan', 'Dana Mergen'], ['Kim Jong Un', 'Kim Jong In']];
    // A first name's last letter, its length or a consonant inside it tells two names apart; so do short names' vowels.
    others.push(['Maria Kessali', 'Mario Kessali'], ['Michael Tarvani', 'Michel Tarvani'], ['Jon Tarvani', 'Jan Tarvani'], ['Karen Tarvani', 'Kasen Tarvani']);
    for (const [first, second] of others as [string, string][]) {
      const existing = stored(person(first));
      expect(resolveEntities([person(second)], [existing]).ids, `${first} and ${second}`).not.toEqual([existing.id]);
    }
  });

  it('joins a spelling variant to nobody when two stored people are as near to it', () => {
    const person = (name: string) => local(0, name, 'person', entityKeys('person', null, [name]));
    const whitcomb = stored(person('Dana Whitcomb'));
    const whitcomba = stored(person('Dana Whitcomba'));
    expect(resolveEntities([person('Dana Whitcombe')], [whitcomb, whitcomba]).ids[0]).not.toBeOneOf([whitcomb.id, whitcomba.id]);
  });

  it('looks up every key of every entity, surnames included', () => {
    expect(lookupKeys([rexTillerson, tillerson])).toEqual(['person:rex tilerson', 'surname:tilerson']);
  });

  it('blocks a person by the full name alone, whose surname and skeleton keys the analysis writes under the prefixes the store reads as weak', () => {
    const keys = entityKeys('person', null, ['Dana Whitcomb']);
    expect(keys.length).toBeGreaterThan(1);
    expect(blockingKeys({ type: 'person', keys })).toEqual(['person:dana whitcomb']);
  });

  it('gives one id to a known company named with its legal form in one report and bare in another', () => {
    const organisation = (text: string) => analyzeText(text).entities.find((e) => e.type === 'organization')!;
    const first = resolveEntities([organisation('Amazon.com Inc. said on Thursday it would cut 18,000 jobs.')], []);
    const second = resolveEntities([organisation('Amazon said on Thursday it would cut 18,000 jobs.')], first.records);
    expect(second.ids).toEqual(first.ids);
  });
});
