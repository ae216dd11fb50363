// The demo page: the provider with the embedded default framework, linked elements, and a few
// page controls that drive the shared selection the way an intranet page would.
import '../src/define.js';
import { registerStrings } from '../src/base/localize.js';
import { ar } from '../src/base/strings/ar.js';
import { de } from '../src/base/strings/de.js';
import '../src/themes/harbor.css';
import '../src/themes/ember.css';
import acme from '../src/examples/acme.json';
import type { CareerFramework } from '../src/provider/career-framework.component.js';
import type { Framework } from '../src/format/types.js';

const provider = document.querySelector<CareerFramework>('#provider')!;
const framework = acme as unknown as Framework;
provider.framework = framework;

const rolePicker = document.querySelector<HTMLSelectElement>('#role-picker')!;
for (const role of [...framework.roles].sort((a, b) => a.title.localeCompare(b.title))) {
  rolePicker.add(new Option(role.title, role.id, false, role.id === provider.currentRole));
}
rolePicker.addEventListener('change', () => {
  provider.currentRole = rolePicker.value;
  provider.target = undefined;
});

const regionPicker = document.querySelector<HTMLSelectElement>('#region-picker')!;
// The elements keep their view in the URL (url-state): a shared link may have set another region.
regionPicker.value = provider.querySelector('mobility-map')?.region ?? regionPicker.value;
regionPicker.addEventListener('change', () => {
  for (const element of provider.querySelectorAll('[region]')) element.setAttribute('region', regionPicker.value);
});

// Suggested moves: roles whose skill requirements overlap by at least 40 % (the map's `infer-moves`).
const inferToggle = document.querySelector<HTMLInputElement>('#infer-toggle')!;
inferToggle.checked = provider.querySelector('mobility-map')!.hasAttribute('infer-moves');
inferToggle.addEventListener('change', () => {
  const map = provider.querySelector('mobility-map')!;
  if (inferToggle.checked) map.setAttribute('infer-moves', '0.4');
  else map.removeAttribute('infer-moves');
});

const status = document.querySelector('#selection-status')!;
provider.addEventListener('career-selection-change', (event) => {
  const { currentRole, target } = event.detail.selection;
  const title = (id?: string) => framework.roles.find((r) => r.id === id)?.title ?? '—';
  status.textContent = target ? `Exploring: ${title(currentRole)} → ${title(target)}` : `You are: ${title(currentRole)}`;
  if (currentRole) rolePicker.value = currentRole;
});

// Theme and brand: `theme` on the provider reaches every element inside; a brand is a class around
// them (src/themes/*.css). Both also come from the URL (?theme=dark&brand=harbor) for screenshots.
const params = new URLSearchParams(location.search);
const themePicker = document.querySelector<HTMLSelectElement>('#theme-picker')!;
const brandPicker = document.querySelector<HTMLSelectElement>('#brand-picker')!;
const scheme = matchMedia('(prefers-color-scheme: dark)');
function applyTheme(): void {
  const theme = themePicker.value as '' | 'light' | 'dark';
  provider.theme = theme || undefined;
  document.documentElement.classList.toggle('dark', theme === 'dark' || (!theme && scheme.matches));
  for (const brand of ['harbor', 'ember']) document.documentElement.classList.toggle(`career-theme-${brand}`, brandPicker.value === brand);
}
themePicker.value = params.get('theme') ?? '';
brandPicker.value = params.get('brand') ?? '';
for (const picker of [themePicker, brandPicker]) picker.addEventListener('change', applyTheme);
scheme.addEventListener('change', applyTheme);
applyTheme();

// Languages: the page registers the tables it offers (English needs none); `lang` (and `dir` for
// Arabic) on the provider reaches every element inside.
registerStrings('de', de);
registerStrings('ar', ar);
const langPicker = document.querySelector<HTMLSelectElement>('#lang-picker')!;
function applyLanguage(): void {
  provider.lang = langPicker.value;
  provider.dir = langPicker.value === 'ar' ? 'rtl' : 'ltr';
}
langPicker.value = params.get('lang') ?? 'en';
langPicker.addEventListener('change', applyLanguage);
applyLanguage();
