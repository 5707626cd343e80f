// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Manager } from '../../../components/Manager';
import type { EntityListItem } from '../../../lib/messages';
import { managerSettings } from '../../../lib/settings';
import { managerDeps } from './manager-deps';
import { entityItem } from './manager-fixtures';
import { transportTo } from './views';

const settings = managerSettings;
const edit = { claimsUpdated: 3, matchesAdded: 1, matchesRemoved: 0 };

/** A background over a few entities that really merges, splits and blocks them. */
function entitiesBackground() {
  let entities: EntityListItem[] = [
    entityItem(0, { name: 'Sergey Lavrov', aliases: ['Sergey Lavrov', 'Lavrov'], mentionCount: 9 }),
    entityItem(1, { name: 'Sergei Lavrov', aliases: ['Sergei Lavrov'], mentionCount: 4 }),
    entityItem(2, { name: 'Listen Live', type: 'organization', aliases: ['Listen Live'], mentionCount: 1 }),
  ];
  const blocked: string[] = [];
  return transportTo(
    {
      'entities.list': async ({ query, offset, limit }) => {
        const found = entities.filter((e) => e.aliases.some((a) => a.toLowerCase().includes(query.toLowerCase())));
        return { items: found.slice(offset, offset + limit), total: found.length, offset };
      },
      'entity.merge': async ({ entityId, otherId }) => {
        const other = entities.find((e) => e.id === otherId)!;
        entities = entities.filter((e) => e.id !== otherId).map((e) => (e.id === entityId ? { ...e, aliases: [...e.aliases, ...other.aliases], mentionCount: e.mentionCount + other.mentionCount } : e));
        return { entity: entities.find((e) => e.id === entityId)!, ...edit };
      },
      'entity.split': async ({ entityId, alias }) => {
        const created = entityItem(9, { name: alias, aliases: [alias], mentionCount: 2 });
        entities = [...entities.map((e) => (e.id === entityId ? { ...e, aliases: e.aliases.filter((a) => a !== alias) } : e)), created];
        return { entity: entities.find((e) => e.id === entityId)!, created, ...edit };
      },
      'entity.block': async ({ entityId }) => {
        const gone = entities.find((e) => e.id === entityId)!;
        entities = entities.filter((e) => e.id !== entityId);
        blocked.push(gone.name.toLowerCase());
        return { entity: null, ...edit, mentionsRemoved: gone.mentionCount, blockedKeys: [gone.name.toLowerCase()] };
      },
      'entities.blocked': async () => ({ keys: [...blocked] }),
    },
    null,
  );
}

const rows = () => screen.queryAllByTestId('manager-entity-row');

async function choose(name: string) {
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  fireEvent.click(rows().find((row) => row.textContent?.includes(name))!);
  return screen.findByTestId('manager-entity-detail');
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Manager entities', () => {
  it('merges another entity into the chosen one after asking', async () => {
    render(<Manager initialTab="entities" {...managerDeps(entitiesBackground())} settings={settings} />);
    const detail = await choose('Sergey Lavrov');
    fireEvent.input(within(detail).getByRole('combobox', { name: 'Entity to merge into this one' }), { target: { value: 'Sergei' } });
    const option = await within(detail).findByRole('option', { name: /Sergei Lavrov/ });
    fireEvent.mouseDown(option);
    fireEvent.click(within(detail).getByTestId('manager-entity-merge'));
    expect(within(detail).getByRole('group').textContent).toContain('“Sergei Lavrov” (4 mentions) will disappear into “Sergey Lavrov”.');
    fireEvent.click(within(detail).getByTestId('manager-entity-merge-confirm'));
    await within(detail).findByText(/Merged “Sergei Lavrov” into “Sergey Lavrov”: 3 claims re-evaluated, 1 new link\./);
    await waitFor(() => expect(rows()).toHaveLength(2));
  });

  it('splits an alias off into an entity of its own', async () => {
    render(<Manager initialTab="entities" {...managerDeps(entitiesBackground())} settings={settings} />);
    const detail = await choose('Sergey Lavrov');
    const alias = within(detail).getByText('Lavrov').closest('li')!;
    fireEvent.click(within(alias).getByRole('button', { name: 'Split off' }));
    fireEvent.click(within(alias).getByRole('button', { name: 'Split' }));
    await within(detail).findByText(/“Lavrov” is now an entity of its own/);
    await waitFor(() => expect(rows()).toHaveLength(4));
  });

  it('removes a false entity only once confirmed, and lists it as blocked', async () => {
    const background = entitiesBackground();
    render(<Manager initialTab="entities" {...managerDeps(background)} settings={settings} />);
    const detail = await choose('Listen Live');
    fireEvent.click(within(detail).getByTestId('manager-entity-block'));
    expect(background.sent).not.toContain('entity.block');
    fireEvent.click(within(detail).getByTestId('manager-entity-block-confirm'));
    await screen.findByText(/Removed “Listen Live” and 1 mention/);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(await screen.findByText('Marked “not an entity” (1)')).toBeTruthy();
  });
});
