// Issue 15: every UI string is a message in English (its id) where it is used, `l10n.t('…')`;
// the German and Arabic tables translate each one, with the same placeholders, and hold nothing
// the code no longer says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** The object literal a table module exports, read as data (the tables hold only strings). */
function table(lang) {
  const source = readFileSync(join(root, `src/base/strings/${lang}.ts`), 'utf8');
  const literal = source.slice(source.indexOf('= {') + 2, source.lastIndexOf('}') + 1);
  return Function(`return ${literal}`)();
}

function sources(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'strings' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** A quoted string as the code writes it, unquoted. */
const unquote = (quoted) => Function(`return ${quoted}`)();
const STRING = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"`;
const placeholders = (text) => [...new Set(text.match(/\{\w+\}/g) ?? [])].filter((p) => p !== '{count}').sort();
const forms = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));

const code = sources().join('\n');
/** The messages written directly as `.t('…')` or `.t({ …, other: '…' })`. */
const direct = [
  ...[...code.matchAll(new RegExp(String.raw`\.t\(\s*(${STRING})`, 'g'))].map((m) => unquote(m[1])),
  ...[...code.matchAll(new RegExp(String.raw`\.t\(\s*\{[^}]*?other: (${STRING})`, 'g'))].map((m) => unquote(m[1])),
];

test('the code writes its UI messages in English, and the German and Arabic tables translate every one', () => {
  assert.ok(direct.length > 120, `found ${direct.length} messages`);
  for (const lang of ['de', 'ar']) {
    const ids = new Set(Object.keys(table(lang)));
    const missing = [...new Set(direct)].filter((id) => !ids.has(id));
    assert.deepEqual(missing, [], `${lang}.ts lacks these messages`);
  }
});

test('German and Arabic hold the same messages, each with the placeholders of its English', () => {
  const de = table('de');
  const ar = table('ar');
  assert.deepEqual(Object.keys(ar).sort(), Object.keys(de).sort());
  for (const [lang, entries] of Object.entries({ de, ar })) {
    for (const [id, entry] of Object.entries(entries)) {
      for (const form of forms(entry)) assert.deepEqual(placeholders(form), placeholders(id), `${lang}: ${id}`);
    }
  }
});

test('no table entry is stale: each message (or vocabulary word, src/format/vocabulary.ts) still appears in the code', () => {
  for (const id of Object.keys(table('de'))) {
    assert.ok(code.includes(JSON.stringify(id).slice(1, -1)) || code.includes(id.replace(/'/g, "\\'")), `stale message: ${id}`);
  }
});
