import type { PluralText } from '../base/strings/en.js';
import type { Family, Level, PayBand, Role, Track } from '../format/types.js';
import { alignByMap, alignByRank, type AlignedLevels, type CompareSource, type LevelMapRow } from './ladder-align.js';
import { diffExpectations, diffTexts, expectationsAt, type CompetencyBehaviours, type CompetencyDiff, type DiffItem } from './ladder-diff.js';
import { bandKey, payBar, payScales, type PayBar, type PayScale } from './ladder-pay-scale.js';
import { ownValue } from '../model/own.js';

export type CompareMode = 'tracks' | 'families';

/** A column asked for through the `columns` property. */
export interface ColumnSpec {
  family?: string;
  track?: string;
  /** The header text; defaults to the family and/or track label. */
  label?: string;
  /** The key of the framework this column belongs to (see `sourceKeys`); all frameworks when unset. */
  framework?: string;
}

export interface CompareOptions {
  compare?: CompareMode;
  /** The family whose tracks `compare="tracks"` shows; the selected role's family, else the first. */
  family?: string;
  /** The track whose families `compare="families"` shows; the selected role's track, else the first. */
  track?: string;
  columns?: readonly ColumnSpec[];
  levelMap?: readonly LevelMapRow[];
  /** The pay region; the first region with bands when unset. */
  region?: string;
  /** The person's role ("you are here"). */
  selectedRole?: string;
  /** The label of a custom column that names neither a family nor a track (default "All roles"). */
  allRoles?: string;
}

export interface CompareColumn {
  /** `data-column-id`: `family/track` (`*` for unset), prefixed `key:` when several frameworks are compared. */
  id: string;
  /** Position of the column's framework in the sources. */
  source: number;
  family?: Family;
  track?: Track;
  label: string;
}

/** A header spanning the columns of one framework (only when several are compared). */
export interface ColumnGroup {
  source: number;
  label: string;
  span: number;
}

export interface CellRole {
  role: Role;
  isSelected: boolean;
}

/** A band drawn in a cell, with the roles of the cell it is the band of. */
export interface CellBand {
  band: PayBand;
  /** `data-band`: see `bandKey`. */
  key: string;
  roles: Role[];
  bar: PayBar;
}

export interface CellMilestones {
  role: Role;
  items: DiffItem[];
}

export interface CompareCell {
  column: CompareColumn;
  /** The column framework's levels in this row (none: the framework has no equivalent level). */
  levels: Level[];
  /** The levels' names on this column's track (`trackLabels`, e.g. "IC3" or "M1"), when declared. */
  trackLevelLabels: string[];
  roles: CellRole[];
  /** Distinct bands of the cell's roles in the region. */
  bands: CellBand[];
  /** Roles with no band in the region. */
  unbanded: Role[];
  expectations: CompetencyDiff[];
  milestones: CellMilestones[];
  /** True when the column has a level below this one to compare with. */
  hasLevelBelow: boolean;
}

export interface RowHeaderLevel {
  /** The framework's key (see `sourceKeys`), when several are compared. */
  source?: string;
  level: Level;
}

export interface CompareRow {
  /** `data-level-id`: see `AlignedRow.id`. */
  id: string;
  header: RowHeaderLevel[];
  cells: CompareCell[];
}

export interface CompareLayout {
  columns: CompareColumn[];
  groups: ColumnGroup[];
  rows: CompareRow[];
  region?: string;
  /** Some compared framework has bands in the region. */
  regionHasBands: boolean;
  /** One scale per currency, in order of first appearance. */
  scales: PayScale[];
  /**
   * What the "differs" highlight says: differs from the other track(s), family (families),
   * framework(s) or column(s); plural forms, read with the count of the other columns.
   */
  contrast: PluralText;
  /** Input that could not be honoured (unknown family, track, level map entries). */
  problems: string[];
}

function columnsOf(sources: readonly CompareSource[], options: CompareOptions, problems: string[]): CompareColumn[] {
  const many = sources.length > 1;
  const columns: CompareColumn[] = [];
  const add = (source: number, family: Family | undefined, track: Track | undefined, label: string) => {
    const id = `${family?.id ?? '*'}/${track?.id ?? '*'}`;
    columns.push({ id: many ? `${sources[source].key}:${id}` : id, source, family, track, label });
  };
  const selected = options.selectedRole ? sources[0]?.index.role(options.selectedRole) : undefined;
  for (const [i, { index, key }] of sources.entries()) {
    const fw = index.framework;
    const name = many ? `"${key}"` : 'the framework';
    if (options.columns) {
      for (const spec of options.columns) {
        if (spec.framework !== undefined && spec.framework !== key) continue;
        const family = spec.family === undefined ? undefined : index.family(spec.family);
        const track = spec.track === undefined ? undefined : index.track(spec.track);
        if (spec.family !== undefined && !family) problems.push(`${name} has no family "${spec.family}"`);
        else if (spec.track !== undefined && !track) problems.push(`${name} has no track "${spec.track}"`);
        else add(i, family, track, spec.label ?? ([family?.label, track?.label].filter(Boolean).join(' · ') || options.allRoles || 'All roles'));
      }
    } else if (options.compare === 'families') {
      const trackId = options.track ?? selected?.track ?? fw.tracks[0]?.id;
      const track = trackId === undefined ? undefined : index.track(trackId);
      if (!track) problems.push(`${name} has no track "${trackId ?? ''}"`);
      else for (const family of fw.families) add(i, family, track, family.label);
    } else {
      const familyId = options.family ?? selected?.family ?? fw.families[0]?.id;
      const family = familyId === undefined ? undefined : index.family(familyId);
      if (!family) problems.push(`${name} has no family "${familyId ?? ''}"`);
      else for (const track of fw.tracks) add(i, family, track, track.label);
    }
  }
  return columns;
}

const DIFFERS = {
  track: { one: 'differs from the other track', other: 'differs from the other tracks' },
  family: { one: 'differs from the other family', other: 'differs from the other families' },
  framework: { one: 'differs from the other framework', other: 'differs from the other frameworks' },
  column: { one: 'differs from the other column', other: 'differs from the other columns' },
};

/** What the columns differ by, for the "differs from …" highlight. */
function contrastOf(columns: readonly CompareColumn[]): CompareLayout['contrast'] {
  const varies = (value: (c: CompareColumn) => unknown) => new Set(columns.map(value)).size > 1;
  return varies((c) => c.source)
    ? varies((c) => c.family?.id) || varies((c) => c.track?.id) ? DIFFERS.column : DIFFERS.framework
    : varies((c) => c.family?.id) ? (varies((c) => c.track?.id) ? DIFFERS.column : DIFFERS.family) : DIFFERS.track;
}

function rolesIn(sources: readonly CompareSource[], column: CompareColumn, levels: readonly Level[]): Role[] {
  const index = sources[column.source].index;
  return levels.flatMap((level) => index.rolesBy({ level: level.id, family: column.family?.id, track: column.track?.id }));
}

interface RawCell {
  levels: Level[];
  roles: Role[];
  expectations: CompetencyBehaviours[];
  below?: { roles: Role[]; expectations: CompetencyBehaviours[] };
}

/**
 * The whole comparison as data: columns, aligned level rows, each cell's roles, pay bands on the
 * shared scales, and competency expectations and milestones diffed against the level below and
 * the other columns. Pure: no DOM, never mutates the frameworks.
 */
export function compareLayout(sources: readonly CompareSource[], options: CompareOptions = {}): CompareLayout {
  const problems: string[] = [];
  const columns = columnsOf(sources, options, problems);
  let aligned = alignByRank(sources);
  if (options.levelMap) {
    const byMap = alignByMap(sources, options.levelMap);
    aligned = byMap.rows;
    problems.push(...byMap.problems);
  }
  const region = options.region ?? sources.flatMap((s) => s.index.regions())[0];
  const regionHasBands = region !== undefined && sources.some((s) => s.index.regions().includes(region));

  const levelsIn = (entries: readonly AlignedLevels[], source: number) => entries.find((e) => e.source === source)?.levels ?? [];
  const raw: RawCell[][] = aligned.map((row, r) =>
    columns.map((column) => {
      const levels = levelsIn(row.levels, column.source);
      const framework = sources[column.source].index.framework;
      const filter = { family: column.family?.id, track: column.track?.id };
      const cell: RawCell = { levels, roles: rolesIn(sources, column, levels), expectations: expectationsAt(framework, levels, filter) };
      for (let b = r - 1; b >= 0 && levels.length > 0; b--) {
        const below = levelsIn(aligned[b].levels, column.source);
        if (below.length === 0) continue;
        cell.below = { roles: rolesIn(sources, column, below), expectations: expectationsAt(framework, below, filter) };
        break;
      }
      return cell;
    }),
  );

  const bands = new Map<PayBand, Role[]>();
  const bandOf = (role: Role, source: number) => (region === undefined ? undefined : sources[source].index.payBand(role.id, region));
  raw.forEach((row) => row.forEach((cell, c) => cell.roles.forEach((role) => {
    const band = bandOf(role, columns[c].source);
    if (band) bands.set(band, [...(bands.get(band) ?? []), role]);
  })));
  const scales = payScales(bands.keys());

  const milestonesOf = (roles: readonly Role[]) => new Set(roles.flatMap((role) => role.milestones ?? []));
  const rows = aligned.map((row, r): CompareRow => ({
    id: row.id,
    header: row.levels.flatMap((entry) => entry.levels.map((level) => ({ ...(sources.length > 1 ? { source: sources[entry.source].key } : {}), level }))),
    cells: columns.map((column, c): CompareCell => {
      const cell = raw[r][c];
      const others = raw[r].filter((other, o) => o !== c && other.roles.length > 0);
      const cellBands: CellBand[] = [];
      const unbanded: Role[] = [];
      for (const role of cell.roles) {
        const band = bandOf(role, column.source);
        if (!band) unbanded.push(role);
        else {
          const existing = cellBands.find((entry) => entry.band === band);
          if (existing) existing.roles.push(role);
          else cellBands.push({ band, key: bandKey(band), roles: [role], bar: payBar(band, scales.get(band.currency)!) });
        }
      }
      const hasRoles = cell.roles.length > 0;
      const belowMilestones = cell.below ? milestonesOf(cell.below.roles) : undefined;
      const otherMilestones = others.map((other) => milestonesOf(other.roles));
      return {
        column,
        levels: cell.levels,
        trackLevelLabels: column.track ? cell.levels.flatMap((l) => ownValue(l.trackLabels, column.track!.id) ?? []) : [],
        roles: cell.roles.map((role) => ({ role, isSelected: role.id === options.selectedRole })),
        bands: cellBands,
        unbanded,
        expectations: hasRoles ? diffExpectations(cell.expectations, cell.below?.expectations, others.map((o) => o.expectations)) : [],
        milestones: cell.roles.map((role) => ({ role, items: diffTexts(role.milestones ?? [], belowMilestones, otherMilestones) })).filter((m) => m.items.length > 0),
        hasLevelBelow: cell.below !== undefined,
      };
    }),
  }));

  const groups: ColumnGroup[] = [];
  if (sources.length > 1) {
    for (const column of columns) {
      const last = groups.at(-1);
      if (last && last.source === column.source) last.span++;
      else groups.push({ source: column.source, label: sources[column.source].label, span: 1 });
    }
  }
  return { columns, groups, rows, region, regionHasBands, scales: [...scales.values()], contrast: contrastOf(columns), problems };
}

/** Splits the `diff` attribute ("FROM TO") into its two ids. */
export function parseDiff(value: string | undefined | null): [string, string] | undefined {
  const ids = (value ?? '').trim().split(/\s+/).filter(Boolean);
  return ids.length === 2 ? [ids[0], ids[1]] : undefined;
}
