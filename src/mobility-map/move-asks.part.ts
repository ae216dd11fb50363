/**
 * What a move asks — the skills to build and the competency expectations that change — loaded on
 * first use (a file of its own beside the bundle) when the map first focuses a role: a map that is
 * only browsed never downloads it. The move cards show it (mobility-map-panel.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ENGLISH, type Localizer } from '../base/localize.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { changingCompetencies, roleLevelDiff, type CompetencyLevelDiff } from '../model/level-diff.js';
import { skillGap } from '../model/skill-gap.js';

/** The skills to build for a move, as "Python: Working → Advanced" lines. */
export function skillsToBuild(index: FrameworkIndex, from: string, to: string, l10n: Localizer = ENGLISH): string[] {
  return skillGap(index, from, to)
    .rows.filter((row) => row.gap > 0)
    .map((row) => {
      const name = index.skill(row.skill)?.label ?? row.skill;
      const before = row.current > 0 ? index.proficiencyLabel(row.current) : l10n.t('none');
      return `${l10n.isolate(name)}: ${l10n.isolate(before)} ${l10n.t('→')} ${l10n.isolate(index.proficiencyLabel(row.required))} (${row.required})`;
    });
}

/**
 * What a move asks in competency terms: the competencies whose expectations change from the
 * origin role (in its family and track) to the destination (in its own), with the destination's
 * added and changed behaviours. `described` is false when the framework states competency
 * expectations for neither role.
 */
export function competenciesToBuild(index: FrameworkIndex, from: string, to: string): { described: boolean; changes: CompetencyLevelDiff[] } {
  const origin = index.role(from);
  const destination = index.role(to);
  if (!origin || !destination || !index.framework.competencies?.length) return { described: false, changes: [] };
  const diff = roleLevelDiff(index.framework, origin, destination);
  return { described: !(diff.fromHasNone && diff.toHasNone), changes: changingCompetencies(diff) };
}

/** How many behaviours a move card lists per competency before "more". */
export const FIRST_BEHAVIOURS = 2;
/** How many changing competencies a move card lists before "more". */
export const FIRST_COMPETENCIES = 3;

function competencyItem(l10n: Localizer, change: CompetencyLevelDiff): TemplateResult {
  const asked = change.behaviours.filter((b) => b.change === 'added' || b.change === 'changed');
  const { added, changed, dropped } = change.counts;
  const counts = l10n.list([added ? l10n.t('{count} new', { count: added }) : '', changed ? l10n.t('{count} changed', { count: changed }) : '', dropped ? l10n.t('{count} no longer listed', { count: dropped }) : ''].filter(Boolean), 'unit');
  const item = (b: (typeof asked)[number]) => html`<li data-change=${b.change} dir="auto">${b.text}${b.change === 'changed' ? html` <span class="muted">(${l10n.t('changed')})</span>` : nothing}</li>`;
  const first = asked.slice(0, FIRST_BEHAVIOURS);
  const more = asked.slice(FIRST_BEHAVIOURS);
  return html`<li data-competency-id=${change.competency}>
    <strong><bdi>${change.label}</bdi></strong> <span class="muted">· ${counts}</span>
    ${first.length ? html`<ul class="behaviours">${first.map(item)}</ul>` : nothing}
    ${more.length ? html`<details><summary>${l10n.t('{count} more', { count: more.length })}</summary><ul class="behaviours">${more.map(item)}</ul></details>` : nothing}
  </li>`;
}

/** The move card's competency changes, or why there are none, and a note when the framework does not describe the move at all. */
function card(index: FrameworkIndex, to: string, asks: Omit<MoveAsks, 'card' | 'line'>, l10n: Localizer): TemplateResult {
  const changes = asks.competencies.changes;
  const item = (change: CompetencyLevelDiff) => competencyItem(l10n, change);
  return html`${changes.length
      ? html`<div class="detail competencies">
          <h5>${l10n.t('Competencies that change ({count})', { count: changes.length })}</h5>
          <ul>${changes.slice(0, FIRST_COMPETENCIES).map(item)}</ul>
          ${changes.length > FIRST_COMPETENCIES
            ? html`<details><summary>${l10n.t('{count} more: {names}', { count: changes.length - FIRST_COMPETENCIES, names: l10n.list(changes.slice(FIRST_COMPETENCIES).map((c) => c.label)) })}</summary><ul>${changes.slice(FIRST_COMPETENCIES).map(item)}</ul></details>`
            : nothing}
        </div>`
      : asks.competencies.described
        ? html`<p class="muted">${l10n.t('The competency expectations are the same at both roles.')}</p>`
        : nothing}
    ${asks.described ? nothing : html`<p class="muted not-described">${l10n.t('The framework does not describe what this move takes: it states neither skills nor competency expectations for {target}.', { target: index.role(to)?.title ?? to })}</p>`}`;
}

/** What a move takes, in one line for the screen-reader table. */
function line(asks: Omit<MoveAsks, 'card' | 'line'>, l10n: Localizer): string {
  if (!asks.described) return l10n.t('not described by the framework');
  const parts = [
    asks.skills.length ? asks.skills.join('; ') : asks.describesSkills ? l10n.t('no skill gap') : '',
    asks.competencies.changes.length ? l10n.t('competencies that change: {names}', { names: l10n.list(asks.competencies.changes.map((c) => c.label)) }) : '',
  ].filter(Boolean);
  return parts.join('; ') || l10n.t('no change described');
}

/** What a move asks, in words for the card and the table: skills, competencies, or that the framework does not say. */
export function moveAsks(index: FrameworkIndex, from: string, to: string, l10n: Localizer = ENGLISH): MoveAsks {
  const skills = skillsToBuild(index, from, to, l10n);
  const competencies = competenciesToBuild(index, from, to);
  const describesSkills = index.requirements(to).size > 0;
  const asks = { skills, describesSkills, competencies, described: describesSkills || competencies.described };
  return { ...asks, card: card(index, to, asks, l10n), line: line(asks, l10n) };
}

/** What a move asks, in words for the card and the table. */
export interface MoveAsks {
  /** "Python: Working → Advanced (3)" lines. */
  skills: string[];
  /** The destination states skill requirements. */
  describesSkills: boolean;
  competencies: { described: boolean; changes: CompetencyLevelDiff[] };
  /** The framework says something about what the move takes. */
  described: boolean;
  /** The move card's competency section (and the note when the framework does not describe the move). */
  card: TemplateResult;
  /** What the move takes, in one line (the screen-reader table). */
  line: string;
}
