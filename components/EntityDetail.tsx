import { useState } from 'preact/hooks';
import type { EntityEditView, EntityListItem } from '../lib/messages';
import { request, type Transport } from '../lib/messaging/protocol-client';
import { formatCount } from '../lib/ui/format';
import { messageOf } from '../lib/error-message';
import { ConfirmAction } from './ConfirmAction';
import { EntityPicker } from './EntityPicker';

export interface EntityDetailProps {
  background: Transport;
  entity: EntityListItem;
  onChanged: () => void;
  /** The entity no longer exists (marked "not an entity"); `message` says what happened. */
  onRemoved: (message: string) => void;
  onShowClaims: () => void;
}

type Outcome = { kind: 'done'; message: string } | { kind: 'failed'; message: string } | null;

function rematchSummary(view: EntityEditView): string {
  const parts = [formatCount(view.claimsUpdated, 'claim') + ' re-evaluated'];
  if (view.matchesAdded) parts.push(`${formatCount(view.matchesAdded, 'new link')}`);
  if (view.matchesRemoved) parts.push(`${formatCount(view.matchesRemoved, 'link')} dropped`);
  return parts.join(', ');
}

/** Rename, merge, split and remove one entity; destructive edits ask first. */
export function EntityDetail({ background, entity, onChanged, onRemoved, onShowClaims }: EntityDetailProps) {
  const [name, setName] = useState(entity.name);
  const [mergeWith, setMergeWith] = useState<EntityListItem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string>, after: (message: string) => void) => {
    setBusy(true);
    setOutcome(null);
    try {
      const message = await action();
      setOutcome({ kind: 'done', message });
      after(message);
    } catch (error) {
      setOutcome({ kind: 'failed', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const rename = (event: Event) => {
    event.preventDefault();
    const next = name.trim();
    if (!next || next === entity.name) return;
    void run(async () => {
      await request(background, { type: 'entity.rename', entityId: entity.id, name: next });
      return `Renamed to “${next}”.`;
    }, () => onChanged());
  };

  const merge = () =>
    run(async () => {
      if (!mergeWith) return 'Nothing to merge.';
      const view = await request(background, { type: 'entity.merge', entityId: entity.id, otherId: mergeWith.id });
      setMergeWith(null);
      return `Merged “${mergeWith.name}” into “${entity.name}”: ${rematchSummary(view)}.`;
    }, () => onChanged());

  const split = (alias: string) =>
    run(async () => {
      const view = await request(background, { type: 'entity.split', entityId: entity.id, alias });
      return `“${view.created?.name ?? alias}” is now an entity of its own: ${rematchSummary(view)}.`;
    }, () => onChanged());

  const block = () =>
    run(async () => {
      const view = await request(background, { type: 'entity.block', entityId: entity.id });
      return `Removed “${entity.name}” and ${formatCount(view.mentionsRemoved, 'mention')}; it stays out of future analyses.`;
    }, onRemoved);

  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  return (
    <article class="cl-detail" aria-labelledby="cl-entity-detail-heading" data-testid="manager-entity-detail">
      <h3 id="cl-entity-detail-heading" class="cl-detail__title">
        {entity.name}
      </h3>
      <p class="cl-muted cl-small">
        {entity.type === 'organization' ? 'Organisation' : entity.type === 'person' ? 'Person' : 'Place'} · {formatCount(entity.mentionCount, 'mention')}
      </p>
      <div>
        <button type="button" class="cl-button" onClick={onShowClaims}>
          Show its claims
        </button>
      </div>

      <form class="cl-inline-form" onSubmit={rename}>
        <label class="cl-field cl-field--grow">
          <span>Name</span>
          <input type="text" value={name} maxLength={300} data-testid="manager-entity-name" onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit" class="cl-button" disabled={busy || !name.trim() || name.trim() === entity.name}>
          Rename
        </button>
      </form>

      <div class="cl-detail__block">
        <h4>Also written as</h4>
        {aliases.length === 0 ? (
          <p class="cl-muted cl-small">No other spelling.</p>
        ) : (
          <ul class="cl-site-list">
            {aliases.map((alias) => (
              <li key={alias}>
                <span class="cl-site-list__item">{alias}</span>
                <ConfirmAction
                  label="Split off"
                  question={`Make “${alias}” an entity of its own?`}
                  confirmLabel="Split"
                  danger={false}
                  disabled={busy}
                  onConfirm={() => split(alias)}
                />
              </li>
            ))}
          </ul>
        )}
      </div>

      <div class="cl-detail__block">
        <h4>Merge with another entity</h4>
        <p class="cl-muted cl-small">When two entries are one real thing: the other's mentions and spellings move here, and its links are evaluated again.</p>
        {mergeWith ? (
          <ConfirmAction
            label={`Merge “${mergeWith.name}” into “${entity.name}”`}
            question={`“${mergeWith.name}” (${formatCount(mergeWith.mentionCount, 'mention')}) will disappear into “${entity.name}”.`}
            confirmLabel="Merge"
            testId="manager-entity-merge"
            disabled={busy}
            onConfirm={merge}
          />
        ) : (
          <EntityPicker id={`manager-merge-${entity.id}`} label="Entity to merge into this one" background={background} exclude={entity.id} onPick={setMergeWith} />
        )}
        {mergeWith && (
          <button type="button" class="cl-button cl-button--quiet" onClick={() => setMergeWith(null)}>
            Choose another
          </button>
        )}
      </div>

      <div class="cl-detail__block">
        <h4>Not an entity</h4>
        <p class="cl-muted cl-small">For a name found by mistake: it is removed with its mentions and left out of every later analysis.</p>
        <div>
          <ConfirmAction
            label="Mark as not an entity"
            question={`Remove “${entity.name}” and its ${formatCount(entity.mentionCount, 'mention')}?`}
            confirmLabel="Remove"
            testId="manager-entity-block"
            disabled={busy}
            onConfirm={block}
          />
        </div>
      </div>

      <p aria-live="polite" class={outcome?.kind === 'failed' ? 'cl-error' : 'cl-small'} role={outcome?.kind === 'failed' ? 'alert' : undefined}>
        {outcome?.message ?? ''}
      </p>
    </article>
  );
}
