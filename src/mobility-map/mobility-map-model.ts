import { isText, type ViewStateField } from '../base/view-state.js';
import type { Role } from '../format/types.js';
import { MOVE_KINDS, wordsOf } from '../format/vocabulary.js';
import { ENGLISH, type Localizer } from '../base/localize.js';
import type { CareerMove, FrameworkIndex, MoveKind } from '../model/framework-index.js';
import { DEFAULT_INFER_THRESHOLD, isInferred } from '../model/inferred-move.js';
import { ownValue } from '../model/own.js';

/** Splits a comma-separated attribute into trimmed, non-empty ids; undefined when unset or empty (= no filter). */
export function parseList(value: string | null | undefined): string[] | undefined {
  const ids = (value ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  return ids.length > 0 ? ids : undefined;
}

/** The move kinds a `move-kinds` attribute allows (every kind of the vocabulary when unset). Unknown words are ignored. */
export function parseMoveKinds(value: string | null | undefined): Set<MoveKind> {
  const listed = parseList(value);
  const kinds = wordsOf(MOVE_KINDS);
  return new Set(listed ? kinds.filter((kind) => listed.includes(kind)) : kinds);
}

/** The names of what a move is: its kind, then cross-family and track switch when they apply. */
export function moveTags(move: CareerMove, l10n: Localizer = ENGLISH): string[] {
  return [
    l10n.t(MOVE_KINDS[move.kind].label),
    ...(move.crossFamily ? [l10n.t('Cross-family')] : []),
    ...(move.trackSwitch ? [l10n.t('Track switch')] : []),
    ...(isInferred(move) ? [l10n.t('Suggested')] : []),
  ];
}

/** The accessible name of a move: "Promotion, cross-family: Data Analyst to ML Engineer". */
export function moveName(index: FrameworkIndex, move: CareerMove): string {
  const [kind, ...more] = moveTags(move);
  const title = (id: string) => index.role(id)?.title ?? id;
  return `${[kind, ...more.map((tag) => tag.toLowerCase())].join(', ')}: ${title(move.from)} to ${title(move.to)}`;
}

/** A role's level as people say it: "L4 Lead (M1)" with the track's own name of the level when there is one. */
export function levelName(index: FrameworkIndex, role: Role): string {
  const level = index.level(role.level);
  const trackLabel = ownValue(level?.trackLabels, role.track);
  return `${role.level} ${level?.label ?? ''}${trackLabel ? ` (${trackLabel})` : ''}`.trim();
}

/** The accessible name of a role on the map: title, family, track and level. */
export function roleName(index: FrameworkIndex, role: Role): string {
  return `${role.title}, ${index.family(role.family)?.label ?? role.family}, ${index.track(role.track)?.label ?? role.track}, ${levelName(index, role)}`;
}

/**
 * Roles whose title matches a search, best first: titles starting with the query, then a word
 * starting with it, then containing it; ties by title. Case- and accent-insensitive.
 */
export function searchRoles(roles: Iterable<Role>, query: string, limit = 8): Role[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  const scored: Array<{ role: Role; score: number }> = [];
  for (const role of roles) {
    const title = fold(role.title);
    const at = title.indexOf(needle);
    if (at < 0) continue;
    const score = at === 0 ? 0 : title[at - 1] === ' ' ? 1 : 2;
    scored.push({ role, score });
  }
  scored.sort((a, b) => a.score - b.score || a.role.title.localeCompare(b.role.title) || a.role.id.localeCompare(b.role.id));
  return scored.slice(0, limit).map((entry) => entry.role);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** How a count of moves of a kind reads; a kind not listed here reads as its legend, in lower case. */
const KIND_COUNT: Partial<Record<MoveKind, [one: string, many: string]>> = { promotion: ['promotion', 'promotions'], lateral: ['lateral', 'lateral'], 'step-back': ['step back', 'steps back'] };

/** What a screen reader hears when a role is focused: "24 moves: 6 promotions, 17 lateral, 1 step back". */
export function movesAnnouncement(moves: readonly CareerMove[]): string {
  if (moves.length === 0) return 'No moves from here.';
  const parts = wordsOf(MOVE_KINDS).flatMap((kind) => {
    const n = moves.filter((move) => move.kind === kind).length;
    const words = KIND_COUNT[kind] ?? [MOVE_KINDS[kind].legend.toLowerCase(), MOVE_KINDS[kind].legend.toLowerCase()];
    return n > 0 ? [`${n} ${words[n === 1 ? 0 : 1]}`] : [];
  });
  return `${moves.length} ${moves.length === 1 ? 'move' : 'moves'}: ${parts.join(', ')}`;
}

/** The view-state field `move`: the selected move as `{ from, to }` (the element keeps it while the selection it belongs to is applied). */
export function moveField(get: () => { from: string; to: string } | undefined, set: (value: { from: string; to: string } | undefined) => void): ViewStateField<{ from: string; to: string }> {
  return {
    get: () => {
      const move = get();
      return move && { from: move.from, to: move.to };
    },
    set: (value) => set(value && { from: value.from, to: value.to }),
    valid: (value): value is { from: string; to: string } => isText((value as { from?: unknown })?.from) && isText((value as { to?: unknown })?.to),
  };
}

/**
 * The threshold an `infer-moves` attribute asks for: undefined (no inference) when absent or not a
 * number, the default 0.6 when present without a value, else the number clamped to 0..1.
 */
export function parseThreshold(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.trim() === '') return DEFAULT_INFER_THRESHOLD;
  const number = Number(value);
  return Number.isFinite(number) ? Math.min(1, Math.max(0, number)) : undefined;
}
