// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimCard } from '../../../components/ClaimCard';
import { EntityCard } from '../../../components/EntityCard';
import type { ClaimCardView, EntityCardView } from '../../../lib/messages';
import { otherClaim, sourceView } from '../ui/views';

afterEach(cleanup);

const claimView = (groups: ClaimCardView['groups']): ClaimCardView => ({
  claim: { id: 'source-0#c1', text: 'The meeting lasted 2 hours and 16 minutes.', quantities: [], source: sourceView(0) },
  groups,
});

describe('ClaimCard', () => {
  it('is a labelled dialog that shows the other sources grouped by relation, conflicts first, with the differing values marked', async () => {
    const view = claimView([
      { relation: 'conflicts', items: [otherClaim(1, 'conflicts')] },
      { relation: 'agrees', items: [otherClaim(2, 'agrees', { text: 'It lasted 2 hours 16 minutes.', marks: [{ start: 10, end: 28 }] })] },
    ]);
    render(<ClaimCard quote="The meeting lasted 2 hours and 16 minutes." load={async () => view} onClose={() => {}} />);
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('Claim: what other sources say');
    const items = await screen.findAllByTestId('card-other-claim');
    expect(items.map((item) => item.dataset.relation)).toEqual(['conflicts', 'agrees']);
    expect([...items[0]!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['two hours seventeen minutes']);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('https://outlet1.example/article#:~:text=two%20hours');
  });

  it('renders page text as text, never as markup, and never links to a non-web address', async () => {
    const view = claimView([
      { relation: 'conflicts', items: [otherClaim(1, 'conflicts', { text: '<img src=x onerror=alert(1)> 35 minutes', marks: [], link: 'javascript:alert(1)', source: sourceView(1, { url: 'javascript:alert(2)' }) })] },
    ]);
    render(<ClaimCard quote="<b>quoted</b>" load={async () => view} onClose={() => {}} />);
    const [item] = await screen.findAllByTestId('card-other-claim');
    expect(item!.querySelector('img')).toBeNull();
    expect(item!.textContent).toContain('<img src=x onerror=alert(1)> 35 minutes');
    expect(item!.querySelector('a')).toBeNull();
    expect(screen.getByRole('dialog').querySelector('b')).toBeNull();
  });

  it('says so when no other source reports the claim', async () => {
    render(<ClaimCard quote="q" load={async () => claimView([])} onClose={() => {}} />);
    expect(await screen.findByText(/None of your other saved sources reports this yet/)).toBeTruthy();
  });

  it('shows why the card could not load', async () => {
    render(<ClaimCard quote="q" load={async () => Promise.reject(new Error('No claim "x" in the store.'))} onClose={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('No claim "x" in the store.');
  });

  it('closes from its close button', () => {
    let closed = 0;
    render(<ClaimCard quote="q" load={() => new Promise(() => {})} onClose={() => closed++} />);
    expect(screen.getByRole('status').textContent).toMatch(/Looking/);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(closed).toBe(1);
  });
});

describe('EntityCard', () => {
  it('lists the other sources that mention the entity, with its other spellings', async () => {
    const view: EntityCardView = {
      entity: { id: 'e1', name: 'Sergey Lavrov', type: 'person', aliases: ['Sergey Lavrov', 'Sergei Lavrov'] },
      sources: [{ source: sourceView(2), mentions: 3, quote: 'Sergei Lavrov briefed journalists.', link: 'https://outlet2.example/article#:~:text=Sergei' }],
    };
    render(<EntityCard name="Sergey Lavrov" type="person" load={async () => view} onClose={() => {}} />);
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('Person: Sergey Lavrov');
    const [source] = await screen.findAllByTestId('card-entity-source');
    expect(screen.getByText('Also written: Sergei Lavrov')).toBeTruthy();
    expect(source!.textContent).toContain('3 mentions');
    expect(source!.querySelector('a')!.getAttribute('href')).toBe('https://outlet2.example/article#:~:text=Sergei');
  });
});

describe('EntityCard opened on another spelling', () => {
  it('is headed by the page\'s wording until the store names the entity, then by its name, with the wording among its spellings', async () => {
    const view: EntityCardView = {
      entity: { id: 'e2', name: 'Russia', type: 'place', aliases: ['Russia', 'Russian', 'Russian Federation'] },
      sources: [],
    };
    let loaded: (v: EntityCardView) => void = () => {};
    render(<EntityCard name="Russian" type="place" load={() => new Promise((resolve) => (loaded = resolve))} onClose={() => {}} />);
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('Place: Russian');
    loaded(view);
    expect(await screen.findByText('Also written: Russian, Russian Federation')).toBeTruthy();
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('Place: Russia');
    expect(screen.getByRole('heading').textContent).toMatch(/Russia$/);
  });
});

describe('hostile page text in cards', () => {
  const hostile = '<img src=x onerror="alert(1)"> “quoted” \u202eevil\u202c \u05e9\u05dc\u05d5\u05dd & <script>alert(2)</script>';

  it('shows a claim, its names and the other sources’ quotes as text, with right-to-left marks kept as characters', async () => {
    const view = claimView([{ relation: 'conflicts', items: [otherClaim(1, 'conflicts', { text: hostile, marks: [{ start: 0, end: 10 }] })] }]);
    const opened: string[] = [];
    render(
      <ClaimCard
        quote={hostile}
        load={async () => view}
        onClose={() => {}}
        names={[{ id: 'e1', name: hostile, type: 'person' }]}
        onOpenName={(name) => opened.push(name.id)}
      />,
    );
    const dialog = screen.getByRole('dialog');
    const [item] = await screen.findAllByTestId('card-other-claim');
    expect(dialog.querySelector('img, script')).toBeNull();
    expect(dialog.querySelector('blockquote')!.textContent).toBe(hostile);
    expect(item!.textContent).toContain('“quoted” \u202eevil\u202c');
    const nameButton = screen.getByTestId('card-claim-name');
    expect(nameButton.textContent).toBe(hostile);
    fireEvent.click(nameButton);
    expect(opened).toEqual(['e1']);
  });

  it('shows a hostile name, its spellings and quotes as text in the entity card', async () => {
    const view: EntityCardView = {
      entity: { id: 'e1', name: hostile, type: 'organization', aliases: [hostile, '"><svg onload=alert(3)>'] },
      sources: [{ source: sourceView(2, { title: hostile, site: '<b>site</b>' }), mentions: 1, quote: hostile, link: 'https://outlet2.example/article' }],
    };
    render(<EntityCard name={hostile} type="organization" load={async () => view} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    await screen.findAllByTestId('card-entity-source');
    expect(dialog.getAttribute('aria-label')).toBe(`Organisation: ${hostile}`);
    expect(dialog.querySelector('img, script, svg, b')).toBeNull();
    expect(dialog.textContent).toContain('Also written: "><svg onload=alert(3)>');
    expect(dialog.textContent).toContain('<b>site</b>');
  });
});
