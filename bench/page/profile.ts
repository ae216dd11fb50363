/// <reference types="vite/client" />
// The profile page: mounts one element on a generated framework (or the default one) so bench/profile.mjs can record
// a CPU profile of exactly that mount (and of steps after it).
import '../../src/define.js';
import { validateFramework } from '../../src/model/validate.js';
import { FrameworkIndex } from '../../src/model/framework-index.js';
import { generateFramework } from '../../src/testing/generate-framework.js';
import acmeText from '../../src/examples/acme.json?raw';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
let text = '';
let element: (HTMLElement & { framework?: unknown; updateComplete: Promise<unknown>; showFamily(id: string): void; showOverview(): void }) | undefined;

/** `roles` is a number of generated roles, or `default` for the default framework (src/examples/acme.json). */
function prepare(roles: string): void {
  text = roles === 'default' ? acmeText : JSON.stringify(generateFramework({ roles: Number(roles), seed: 1 }));
}

/** Creates the element (empty), then times setting a fresh framework to the second frame after it. */
async function mount(tag: string, attributes: Record<string, string> = {}): Promise<{ update: number; painted: number }> {
  const stage = document.querySelector('.stage') ?? document.body.appendChild(Object.assign(document.createElement('div'), { className: 'stage' }));
  stage.setAttribute('style', 'width: 1200px; height: 800px; overflow: hidden; font-family: system-ui, sans-serif');
  element = document.createElement(tag) as typeof element & HTMLElement;
  element!.style.cssText = 'display: block; width: 100%; height: 100%';
  for (const [name, value] of Object.entries(attributes)) element!.setAttribute(name, value);
  stage.replaceChildren(element!);
  await element!.updateComplete;
  await frame();
  const framework = JSON.parse(text);
  const start = performance.now();
  element!.framework = framework;
  await element!.updateComplete;
  const update = performance.now() - start;
  await frame();
  await frame();
  return { update, painted: performance.now() - start };
}

async function step(action: 'family' | 'overview', id = ''): Promise<number> {
  const start = performance.now();
  if (action === 'family') element!.showFamily(id);
  else element!.showOverview();
  await element!.updateComplete;
  await frame();
  return performance.now() - start;
}

function model(): { validate: number; index: number } {
  const framework = JSON.parse(text);
  let start = performance.now();
  validateFramework(framework);
  const validate = performance.now() - start;
  start = performance.now();
  new FrameworkIndex(framework);
  return { validate, index: performance.now() - start };
}

const firstFamily = () => (JSON.parse(text) as { families: Array<{ id: string }> }).families[0].id;

declare global {
  interface Window {
    profile: unknown;
  }
}
window.profile = { ready: true, prepare, mount, step, model, firstFamily };
