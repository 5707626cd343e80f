import { describe, expect, it } from 'vitest';
import { entityCardView } from '../../../lib/views/entity-card';
import { threeSources } from './scenario';

describe('the entity card', () => {
  it('names the entity with its type and aliases', async () => {
    const { store } = await threeSources();
    const card = await entityCardView(store, 'p.lavrov', 'a');
    expect(card.entity).toEqual({ id: 'p.lavrov', name: 'Lavrov', type: 'person', aliases: ['Lavrov', 'Sergei Lavrov'] });
  });

  it('lists the other sources that mention it, newest first, without the page it opens on', async () => {
    const { store } = await threeSources();
    const card = await entityCardView(store, 'p.lavrov', 'a');
    expect(card.sources.map((s) => s.source.id)).toEqual(['c', 'b']);
  });

  it('quotes the sentence of the first mention and links to it', async () => {
    const { store } = await threeSources();
    const [c] = (await entityCardView(store, 'p.lavrov', 'b')).sources;
    expect(c!.quote).toBe('Lavrov was in the air 2 hours 16 minutes.');
    expect(c!.link).toContain('#:~:text=Lavrov%20was%20in%20the%20air');
    expect(c!.mentions).toBe(1);
  });

  it('refuses an entity that is not stored', async () => {
    const { store } = await threeSources();
    await expect(entityCardView(store, 'p.nobody', 'a')).rejects.toThrow(/not in the store/);
  });
});
