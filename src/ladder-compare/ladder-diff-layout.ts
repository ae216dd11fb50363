import type { Role } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { destinationSide, levelDiff, originSide, roleScope, type BehaviourDiff, type ChangeCounts, type LevelDiff, type LevelScope } from '../model/level-diff.js';

/** One side of the diff as asked for: a level id (read in the family and track) or a role id. */
export interface DiffEnd {
  scope: LevelScope;
  /** The role, when the end was given as a role id. */
  role?: Role;
  /** "Senior (IC3)" or the role's title. */
  label: string;
}

/** A competency row of the diff view: the origin's behaviours beside the destination's. */
export interface DiffRow {
  competency: string;
  label: string;
  /** The origin's behaviours in its order: each `same`, `changed` (shown with its removed words) or `dropped`. */
  from: BehaviourDiff[];
  /** The destination's behaviours in its order: each `same`, `changed` or `added`. */
  to: BehaviourDiff[];
  counts: ChangeCounts;
  /** Something is added, changed or dropped. */
  changes: boolean;
}

export interface DiffLayout {
  from: DiffEnd;
  to: DiffEnd;
  diff: LevelDiff;
  /** All competency rows, or only those that change (`onlyChanges`), in the framework's order. */
  rows: DiffRow[];
  /** Rows left out by `onlyChanges`. */
  hiddenRows: number;
  /** Notes about the scope (a level without expectations of its own, a family or track switch): a message and its words. */
  notes: DiffNote[];
}

export interface DiffNote {
  /** The English message (its id in the string tables), with `{name}` placeholders. */
  text: string;
  words: Record<string, string>;
}

export interface DiffOptions {
  /** The family and track a level id is read in (defaults: the selected role's, else the first). */
  family?: string;
  track?: string;
  selectedRole?: string;
  /** Show only the competencies, and the behaviours, that change. */
  onlyChanges?: boolean;
}

export type DiffResult = { kind: 'diff'; layout: DiffLayout } | { kind: 'problem'; problems: string[] };

function endOf(index: FrameworkIndex, id: string, family: string | undefined, track: string | undefined): DiffEnd | string {
  const level = index.level(id);
  if (level) {
    const trackLabel = track ? level.trackLabels?.[track] : undefined;
    return { scope: { level: level.id, family, track }, label: `${level.label}${trackLabel ? ` (${trackLabel})` : ''}` };
  }
  const role = index.role(id);
  if (role) return { scope: roleScope(role), role, label: role.title };
  return `"${id}" is neither a level nor a role of this framework`;
}

/**
 * The diff view as data: two ends (levels in a family and track, or two roles), their competency
 * rows from `levelDiff`, and notes on the scope. Pure: no DOM.
 */
export function diffLayout(index: FrameworkIndex, ids: [string, string], options: DiffOptions = {}): DiffResult {
  const fw = index.framework;
  const selected = options.selectedRole ? index.role(options.selectedRole) : undefined;
  const family = options.family ?? selected?.family ?? fw.families[0]?.id;
  const track = options.track ?? selected?.track ?? fw.tracks[0]?.id;
  const problems: string[] = [];
  if (options.family !== undefined && !index.family(options.family)) problems.push(`the framework has no family "${options.family}"`);
  if (options.track !== undefined && !index.track(options.track)) problems.push(`the framework has no track "${options.track}"`);
  const ends = ids.map((id) => endOf(index, id, family, track));
  for (const end of ends) if (typeof end === 'string') problems.push(end);
  if (problems.length > 0) return { kind: 'problem', problems };
  const [from, to] = ends as [DiffEnd, DiffEnd];

  const diff = levelDiff(fw, from.scope, to.scope);
  const all = diff.competencies.map((c): DiffRow => {
    const changes = c.counts.added + c.counts.changed + c.counts.dropped > 0;
    return {
      competency: c.competency,
      label: c.label,
      from: originSide(c.behaviours),
      to: destinationSide(c.behaviours),
      counts: c.counts,
      changes,
    };
  });
  const shown = options.onlyChanges
    ? all.filter((row) => row.changes).map((row) => ({ ...row, from: row.from.filter((b) => b.change !== 'same'), to: row.to.filter((b) => b.change !== 'same') }))
    : all;

  const notes: DiffNote[] = [];
  const scopeName = (scope: LevelScope) =>
    [scope.family && index.family(scope.family)?.label, scope.track && index.track(scope.track)?.label].filter(Boolean).join(', ');
  const none = (end: DiffEnd): DiffNote => ({ text: end.role ? '{level} has no competency expectations of its own: the framework states none for it.' : '{level} has no competency expectations of its own in {scope}: the framework states none for it.', words: { level: end.label, scope: scopeName(end.scope) } });
  if (diff.fromHasNone) notes.push(none(from));
  if (diff.toHasNone) notes.push(none(to));
  if (from.scope.family !== to.scope.family || from.scope.track !== to.scope.track) {
    notes.push({ text: '{from} is read in {fromScope}; {to} in {toScope}.', words: { from: from.label, fromScope: scopeName(from.scope), to: to.label, toScope: scopeName(to.scope) } });
  }
  if ((fw.competencies ?? []).length === 0) notes.push({ text: 'This framework describes no competencies, so there is nothing to compare.', words: {} });
  return { kind: 'diff', layout: { from, to, diff, rows: shown, hiddenRows: all.length - shown.length, notes } };
}
