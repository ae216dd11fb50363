// Editor data from custom-elements.json (run by `npm run analyze`, after the analyzer), shipped in
// the package's editor/ folder:
// - editor/vscode.html-custom-data.json and editor/vscode.css-custom-data.json: VS Code's custom
//   data (tags, attributes and their values; --career-* properties and ::part names), for
//   "html.customData" / "css.customData";
// - editor/web-types.json: JetBrains web-types, found through package.json's "web-types".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const outdir = new URL('editor/', root);
mkdirSync(outdir, { recursive: true });

const options = { hideLogs: true, descriptionSrc: 'description' };
const write = (name, text) => writeFileSync(new URL(name, outdir), JSON.stringify(JSON.parse(text), null, 2) + '\n');
write('vscode.html-custom-data.json', getVsCodeHtmlCustomData(manifest, options));
write('vscode.css-custom-data.json', getVsCodeCssCustomData(manifest, options));
write('web-types.json', getWebTypesData(manifest, options));
console.log('wrote editor/vscode.html-custom-data.json, editor/vscode.css-custom-data.json, editor/web-types.json');
