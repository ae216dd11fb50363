// The custom-elements manifest (custom-elements.json) is built from the elements' JSDoc, then
// completed by the plugins below so that it describes the package as it ships:
// - only public members (no private, protected or `#` state, no static styles);
// - each event with its class and the type of its `detail` (read from src/events.ts);
// - every `--career-*` custom property an element honours: its own and the shared theme tokens
//   (read from the styles), each with its default and a description;
// - module paths pointing at the shipped JavaScript (dist/lib/…/*.js), not at src/*.ts.
// `npm run analyze` writes it; scripts/editor-data.mjs turns it into VS Code and JetBrains data.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const source = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');

/**
 * The shared theme's CSS as the elements get it (part of it is generated from the vocabulary):
 * src/base/theme.styles.ts compiled with esbuild and run in Node, lit loaded from node_modules.
 */
async function loadThemeCss() {
  const cache = fileURLToPath(new URL('./node_modules/.cache/cem/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, 'theme.styles.mjs');
  const entry = fileURLToPath(new URL('./src/base/theme.styles.ts', import.meta.url));
  await build({ entryPoints: [entry], outfile, bundle: true, packages: 'external', format: 'esm', platform: 'node', logLevel: 'error' });
  const { themeStyles } = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  return themeStyles.cssText;
}
export const THEME_CSS = await loadThemeCss();

/** `var(--career-x, default)` → [['--career-x', 'default']], defaults with nested parentheses kept whole. */
export function cssTokens(css) {
  const found = [];
  for (const match of css.matchAll(/var\(\s*(--career-[a-z0-9-]+)\s*(,)?/g)) {
    let fallback;
    if (match[2]) {
      let depth = 0;
      let end = match.index + match[0].length;
      for (; end < css.length; end++) {
        if (css[end] === '(') depth++;
        else if (css[end] === ')' && depth-- === 0) break;
      }
      fallback = css.slice(match.index + match[0].length, end).trim();
    }
    found.push([match[1], fallback]);
  }
  return found;
}

/** The shared theme: `--_text: var(--career-color-text, #1f2933)` gives the private name, token and default. */
function themeTokens() {
  const theme = THEME_CSS;
  const privateNames = new Map();
  for (const match of theme.matchAll(/(--_[a-z0-9-]+):\s*var\((--career-[a-z0-9-]+),\s*([^;]+)\);/g)) {
    privateNames.set(match[1], `var(${match[2]}, ${match[3].trim()})`);
  }
  return { tokens: cssTokens(theme), privateNames };
}

/** What the shared tokens mean, for the manifest and the editors. */
const SHARED_TOKENS = {
  '--career-font-family': 'Font family of every element.',
  '--career-font-size': 'Base font size.',
  '--career-color-text': 'Body text colour.',
  '--career-color-muted': 'Secondary text colour (captions, axis labels, empty states).',
  '--career-color-surface': 'Background of cards, panels and the map.',
  '--career-color-surface-alt': 'Alternate background (stripes, headers, hover).',
  '--career-color-border': 'Borders and grid lines.',
  '--career-color-accent': 'Accent: focus, selection, links and the current role.',
  '--career-color-accent-text': 'Text on the accent colour.',
  '--career-color-promotion': 'Colour of promotion moves.',
  '--career-color-lateral': 'Colour of lateral moves.',
  '--career-color-step-back': 'Colour of step-back moves.',
  '--career-color-ic': 'Colour of the individual-contributor track.',
  '--career-color-management': 'Colour of the management track.',
  '--career-color-danger': 'Errors and conflicts.',
  '--career-color-danger-surface': 'Background of the error panel.',
  '--career-radius': 'Corner radius of cards and panels.',
  '--career-focus-ring': 'Outline of the keyboard focus.',
};

/** The event classes of src/events.ts: event name → { className, detail }. */
function eventClasses() {
  const events = new Map();
  const text = source('./src/events.ts');
  for (const match of text.matchAll(/export class (\w+) extends Event \{\s*static readonly eventName = '([a-z-]+)';\s*readonly detail: (\{[^}]*\});/g)) {
    events.set(match[2], { className: match[1], detail: match[3].replace(/\s+/g, ' ') });
  }
  return events;
}

/** The styles an element's folder holds (every non-test .ts file of it), as one text. */
function folderStyles(modulePath) {
  const folder = new URL(`./${dirname(modulePath)}/`, import.meta.url);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(folder.pathname, name), 'utf8'))
    .join('\n');
}

const shippedPath = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/lib/$1.js');

/** Rewrites every `module` / `path` reference to src/*.ts into the shipped dist/lib/*.js. */
function pointAtShippedJs(node) {
  if (Array.isArray(node)) return node.forEach(pointAtShippedJs);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'module' || key === 'path') && typeof value === 'string') node[key] = shippedPath(value);
    else pointAtShippedJs(value);
  }
}

const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#') && !member.static;

export default {
  globs: ['src/**/*.component.ts', 'src/base/career-element.ts', 'src/base/current-role.ts', 'src/base/view-state-element.ts'],
  litelement: true,
  // The manifest's place is fixed in package.json ("customElements"); never rewrite package.json.
  packagejson: false,
  plugins: [
    {
      name: 'career-public-api',
      packageLinkPhase({ customElementsManifest }) {
        const events = eventClasses();
        const theme = themeTokens();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.kind !== 'class') continue;
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
            // The analyzer guesses event names from `new SomeEvent(arg)`; keep the documented ones, typed.
            if (declaration.events) {
              declaration.events = declaration.events
                .filter((event) => /^career-[a-z-]+$/.test(event.name ?? ''))
                .map((event) => {
                  const known = events.get(event.name);
                  return known ? { ...event, type: { text: known.className }, detail: { text: known.detail } } : event;
                });
            }
            if (!declaration.tagName) continue;
            // Every --career-* property the element's styles read, with its default; the element's own
            // JSDoc description wins, the shared tokens get theirs from the table above.
            const documented = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p]));
            const own = cssTokens(folderStyles(module.path));
            const styles = source(`./${module.path}`);
            const usesTheme = /CareerElement\b/.test(styles) || /themeStyles/.test(styles);
            for (const [name, fallback] of [...own, ...(usesTheme ? theme.tokens : [])]) {
              const entry = documented.get(name) ?? { name, description: SHARED_TOKENS[name] ?? '' };
              if (fallback !== undefined && entry.default === undefined) {
                entry.default = fallback.replace(/var\((--_[a-z0-9-]+)\)/g, (whole, privateName) => theme.privateNames.get(privateName) ?? whole);
              }
              documented.set(name, entry);
            }
            declaration.cssProperties = [...documented.values()];
          }
        }
        pointAtShippedJs(customElementsManifest.modules);
      },
    },
  ],
};
