import { FRAMEWORK_FORMAT, type Framework, type Level, type Role, type Skill } from '../format/types.js';
import { isObject } from '../format/shape.js';
import { forkMoves } from './fork-moves.js';
import { slugify } from './ids.js';
import { ImportReport, messageOf, type ImportResult } from './report.js';
import { IC_TRACK, MANAGEMENT_TRACK, usedTracks } from './tracks.js';
import { strings, text } from './values.js';

export interface SnowflakeImportOptions {
  id?: string;
  name?: string;
}

type Item = Record<string, unknown>;

/**
 * Imports Medium's snowflake engineering growth framework (its constants as JSON: tracks,
 * milestoneToPoints, pointsToLevels, titles). Snowflake tracks → skills (milestones 1–5 →
 * proficiency, each milestone's summary, signals and examples → the skill's level text); titles →
 * roles on levels made from their point bands; where two titles share a band the first is the
 * engineer path, the others the management (Group Lead) path. Snowflake ties a title to a points
 * total, not to milestones per track, so the roles list no skills (the report says so).
 */
export function importSnowflake(source: string | object, options: SnowflakeImportOptions = {}): ImportResult {
  const report = new ImportReport();
  let data: unknown = source;
  if (typeof source === 'string') {
    try {
      data = JSON.parse(source);
    } catch (error) {
      report.error('', 'json-syntax', `snowflake.json is not valid JSON: ${messageOf(error)}`);
      data = {};
    }
  }
  const input: Item = isObject(data) ? data : {};
  if (!isObject(input.tracks) || !Array.isArray(input.titles)) {
    report.error('', 'snowflake-shape', 'not a snowflake export: expected "tracks" (an object) and "titles" (a list)');
  }
  const points = isObject(input.milestoneToPoints) ? input.milestoneToPoints : {};
  const skills = readTracks(isObject(input.tracks) ? input.tracks : {}, report);
  const { levels, ladder } = readTitles(Array.isArray(input.titles) ? input.titles : [], isObject(input.pointsToLevels) ? input.pointsToLevels : {}, skills.length, report);
  const roles = ladder.flat();
  const framework: Framework = {
    format: FRAMEWORK_FORMAT,
    id: options.id ?? 'medium-snowflake',
    name: options.name ?? 'Medium engineering growth framework (snowflake)',
    description: 'Imported from Medium/snowflake (Apache-2.0).',
    proficiency: [1, 2, 3, 4, 5].map((value) => ({
      value,
      label: `Milestone ${value}`,
      ...(typeof points[value] === 'number' ? { description: `${points[value]} points` } : {}),
    })),
    levels,
    tracks: usedTracks(roles),
    families: [{ id: 'engineering', label: 'Engineering' }],
    skills,
    roles,
    moves: forkMoves(ladder),
  };
  return { framework, report: report.items };
}

function readTracks(tracks: Item, report: ImportReport): Skill[] {
  return Object.entries(tracks).flatMap(([key, track]) => {
    if (!isObject(track)) {
      report.error(`/tracks/${key}`, 'snowflake-track', `the track is not an object; left out`);
      return [];
    }
    const skill: Skill = { id: slugify(key), label: text(track.displayName) || key };
    if (text(track.category)) skill.category = `Category ${text(track.category)}`;
    if (text(track.description)) skill.description = text(track.description);
    const milestones = Array.isArray(track.milestones) ? track.milestones : [];
    milestones.slice(0, 5).forEach((milestone: unknown, i) => {
      if (!isObject(milestone)) return;
      const parts = [text(milestone.summary)];
      const signals = strings(milestone.signals);
      const examples = strings(milestone.examples);
      if (signals.length) parts.push(`Signals: ${signals.join('; ')}.`);
      if (examples.length) parts.push(`Examples: ${examples.join('; ')}.`);
      (skill.levels ??= {})[i + 1] = parts.filter(Boolean).join('\n');
    });
    if (milestones.length > 5) {
      report.warn(`/tracks/${key}/milestones/5`, 'snowflake-milestones', `the track has ${milestones.length} milestones; only the first five fit the scale`);
    }
    return [skill];
  });
}

function readTitles(titles: unknown[], pointsToLevels: Item, trackCount: number, report: ImportReport) {
  const levels: Level[] = [];
  const ladder: Role[][] = [];
  const bands = new Map<number, Role[]>();
  titles.forEach((title, i) => {
    const label = isObject(title) ? text(title.label) : '';
    const min = isObject(title) ? title.minPoints : undefined;
    if (!isObject(title) || !label || typeof min !== 'number') {
      report.error(`/titles/${i}`, 'snowflake-title', `the title needs a "label" and a numeric "minPoints"; left out`);
      return;
    }
    const max = typeof title.maxPoints === 'number' ? title.maxPoints : undefined;
    let band = bands.get(min);
    if (!band) {
      const grade = text(pointsToLevels[min]).split('.')[0] || String(bands.size + 1);
      levels.push({ id: `level-${grade}`, rank: levels.length + 1, label: `Level ${grade}`, description: max === undefined ? `${min}+ points` : `${min}–${max} points` });
      bands.set(min, (band = []));
      ladder.push(band);
    }
    const role: Role = {
      id: slugify(label),
      title: label,
      family: 'engineering',
      track: band.length === 0 ? IC_TRACK.id : MANAGEMENT_TRACK.id,
      level: levels[ladder.indexOf(band)].id,
      summary: `${max === undefined ? `${min} or more` : `${min}–${max}`} points across the ${trackCount} snowflake tracks.`,
    };
    band.push(role);
    report.warn(`/titles/${i}`, 'snowflake-no-skills', `${JSON.stringify(label)}: snowflake sets a points total for a title, not a milestone per track, so the role lists no skills`);
  });
  return { levels, ladder };
}
