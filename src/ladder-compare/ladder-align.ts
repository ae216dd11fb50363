import type { Framework, Level } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';

/** One framework in a comparison, with the key a level map names it by. */
export interface CompareSource {
  /** The framework's key in a level map: see `sourceKeys`. */
  key: string;
  /** A human name: the framework's name and revision. */
  label: string;
  index: FrameworkIndex;
}

/**
 * One row of an explicit level map: framework key → the ids of that framework's levels that are
 * equivalent. One level may span several of the other's: `{ "acme": ["L3"], "globex": ["E4", "E5"] }`.
 */
export type LevelMapRow = Readonly<Record<string, readonly string[]>>;

/** The levels of one framework that sit in an aligned row. */
export interface AlignedLevels {
  /** Position of the framework in the sources. */
  source: number;
  levels: Level[];
}

/** A row of equivalent levels across frameworks. */
export interface AlignedRow {
  /**
   * The row's id (its `data-level-id`). With one framework: the level id. With several: a
   * space-separated list of `key:levelId` tokens, so `[data-level-id~="acme:L3"]` finds it.
   */
  id: string;
  /** Per framework that has levels in this row, in source order. */
  levels: AlignedLevels[];
}

export interface Alignment {
  rows: AlignedRow[];
  /** What was wrong with the level map (unknown keys or levels, levels named twice). */
  problems: string[];
}

/**
 * The keys a level map uses for each framework: its `id`; when two frameworks share an id (two
 * revisions of one framework), `id@revision`; when even that collides, `id#position` (0-based).
 */
export function sourceKeys(frameworks: readonly Framework[]): string[] {
  const count = (keys: string[], key: string) => keys.filter((k) => k === key).length;
  const ids = frameworks.map((f) => f.id);
  const revised = frameworks.map((f, i) => (count(ids, f.id) > 1 ? `${f.id}@${f.revision ?? ''}` : ids[i]));
  return revised.map((key, i) => (count(revised, key) > 1 ? `${frameworks[i].id}#${i}` : key));
}

/** A source's human name: "Acme Corp 2026-H1". */
export function sourceLabel(framework: Framework): string {
  return framework.revision ? `${framework.name} ${framework.revision}` : framework.name;
}

function rowId(sources: readonly CompareSource[], levels: readonly AlignedLevels[]): string {
  if (sources.length === 1) return levels.flatMap((entry) => entry.levels.map((l) => l.id)).join(' ');
  return levels.flatMap((entry) => entry.levels.map((l) => `${sources[entry.source].key}:${l.id}`)).join(' ');
}

function makeRow(sources: readonly CompareSource[], levels: AlignedLevels[]): AlignedRow {
  levels.sort((a, b) => a.source - b.source);
  for (const entry of levels) entry.levels.sort((a, b) => a.rank - b.rank);
  return { id: rowId(sources, levels), levels };
}

/** Rows by rank: one row per distinct rank, holding each framework's level of that rank. */
export function alignByRank(sources: readonly CompareSource[]): AlignedRow[] {
  const ranks = [...new Set(sources.flatMap((s) => s.index.levels.map((l) => l.rank)))].sort((a, b) => a - b);
  return ranks.map((rank) =>
    makeRow(
      sources,
      sources.flatMap((source, i) => {
        const levels = source.index.levels.filter((l) => l.rank === rank);
        return levels.length > 0 ? [{ source: i, levels }] : [];
      }),
    ),
  );
}

/**
 * Rows by an explicit level map, in the map's order. A level the map does not name gets a row of
 * its own, placed after the row holding its framework's nearest lower-ranked level (first when
 * there is none). A level named twice stays in the first row naming it.
 */
export function alignByMap(sources: readonly CompareSource[], levelMap: readonly LevelMapRow[]): Alignment {
  const problems: string[] = [];
  const byKey = new Map(sources.map((s, i) => [s.key, i]));
  const placed = new Map<string, number>(); // "source\0level" → level map row position
  const rows: AlignedLevels[][] = [];
  for (const [position, entry] of levelMap.entries()) {
    const row: AlignedLevels[] = [];
    for (const [key, ids] of Object.entries(entry ?? {})) {
      const source = byKey.get(key);
      if (source === undefined) {
        problems.push(`level map row ${position + 1} names "${key}", which is none of the compared frameworks (${[...byKey.keys()].join(', ')})`);
        continue;
      }
      const levels: Level[] = [];
      for (const id of Array.isArray(ids) ? ids : []) {
        const level = sources[source].index.level(String(id));
        if (!level) problems.push(`level map row ${position + 1}: "${key}" has no level "${id}"`);
        else if (placed.has(`${source}\0${level.id}`)) problems.push(`level map row ${position + 1}: level "${id}" of "${key}" is already in row ${placed.get(`${source}\0${level.id}`)! + 1}`);
        else {
          placed.set(`${source}\0${level.id}`, position);
          levels.push(level);
        }
      }
      if (levels.length > 0) row.push({ source, levels });
    }
    if (row.length > 0) rows.push(row);
  }
  // Unmapped levels: after the row of the nearest lower-ranked level of the same framework.
  for (const [source, { index }] of sources.entries()) {
    for (const level of index.levels) {
      if (rows.some((row) => row.some((e) => e.source === source && e.levels.includes(level)))) continue;
      let after = -1;
      for (const [at, row] of rows.entries()) {
        if (row.some((e) => e.source === source && e.levels.some((l) => l.rank < level.rank))) after = at;
      }
      rows.splice(after + 1, 0, [{ source, levels: [level] }]);
    }
  }
  return { rows: rows.map((levels) => makeRow(sources, levels)), problems };
}
