// An element removed and appended again (as single-page apps move them) keeps working: it follows
// its size, zooms by wheel and keys, answers the keyboard and stays linked to its provider.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { Framework, Profile } from '../src/format/types.js';
import type { CareerFramework } from '../src/provider/career-framework.component.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import type { LadderCompare } from '../src/ladder-compare/ladder-compare.component.js';
import type { SkillGap } from '../src/skill-gap/skill-gap.component.js';

let acme: Framework;
const profile: Profile = { format: 'career-profile/1', name: 'Ana', role: 'data-analyst-2', skills: [{ skill: 'python', level: 3 }] };
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Removes the element and appends it to the same parent again, as a router moving a view does. */
async function reinsert<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  const parent = el.parentNode!;
  el.remove();
  await frame();
  parent.appendChild(el);
  await el.updateComplete;
  return el;
}

describe('re-insertion into the page', () => {
  describe('<mobility-map>', () => {
    const viewport = (el: MobilityMap) => el.shadowRoot!.querySelector('g.viewport')!;
    const canvas = (el: MobilityMap) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.canvas')!;
    const transform = (el: MobilityMap) => {
      const match = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(viewport(el).getAttribute('transform') ?? '');
      return match ? { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) } : { x: 0, y: 0, k: 1 };
    };
    const role = (el: MobilityMap, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`[data-role-id="${id}"]`)!;
    const wheelOn = (target: Element) => {
      const box = target.getBoundingClientRect();
      target.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, deltaMode: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, composed: true, cancelable: true }));
    };

    async function mapInPage(): Promise<MobilityMap> {
      const el = await fixture<MobilityMap>(html`<mobility-map region="US" style="width: 1000px" .framework=${acme}></mobility-map>`);
      await el.updateComplete;
      await waitUntil(() => transform(el).k !== 1, 'the map fits itself');
      return el;
    }

    it('refits within a frame when resized after re-insertion', async () => {
      const el = await reinsert(await mapInPage());
      const before = transform(el);
      el.style.width = '700px';
      await frame();
      await frame();
      const after = transform(el);
      expect(after.k).to.be.closeTo((before.k * 700) / 1000, before.k * 0.1);
    });

    it('zooms with the wheel after re-insertion', async () => {
      const el = await reinsert(await mapInPage());
      const before = transform(el).k;
      wheelOn(canvas(el));
      await frame();
      expect(transform(el).k).to.be.greaterThan(before * 1.05);
    });

    it('multiplies the scale with "+" after re-insertion (button and key)', async () => {
      const el = await reinsert(await mapInPage());
      const before = transform(el).k;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
      await el.updateComplete;
      expect(transform(el).k).to.be.closeTo(before * 1.3, before * 0.01);
      role(el, 'data-analyst-2').focus();
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(transform(el).k).to.be.closeTo(before * 1.3 * 1.3, before * 0.02);
    });

    it('keeps the keyboard after re-insertion: arrows move, Enter focuses the role', async () => {
      const el = await reinsert(await mapInPage());
      role(el, 'data-analyst-2').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('data-role-id')).to.equal('ai-trainer-2');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentRole).to.equal('ai-trainer-2');
    });

    it('does not lose the first wheel notch over a hovered role', async () => {
      const el = await mapInPage();
      const target = role(el, 'people-partner-4');
      target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.exist;
      const before = transform(el).k;
      wheelOn(target);
      await frame();
      await el.updateComplete;
      expect(transform(el).k).to.be.greaterThan(before * 1.05);
      // …and the gesture's end keeps it (the map re-renders at the new scale).
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
      expect(transform(el).k).to.be.greaterThan(before * 1.05);
    });
  });

  describe('<skill-gap>', () => {
    /** The rail's drawn length in px (0 before the bars are drawn). */
    const railEnd = (el: SkillGap) => el.shadowRoot!.querySelector('.rail')?.getBoundingClientRect().width ?? 0;

    it('follows its width after re-insertion', async () => {
      const el = await fixture<SkillGap>(html`<skill-gap style="display: block; width: 900px" .framework=${acme} .profile=${profile} target="ml-engineer-3"></skill-gap>`);
      await waitUntil(() => railEnd(el) > 0, 'the bars are drawn');
      await frame();
      await frame();
      await reinsert(el);
      const before = railEnd(el);
      el.style.width = '600px';
      await waitUntil(() => railEnd(el) < before - 50, 'the track follows the new width', { timeout: 2000 });
    });

    it('keeps the keyboard after re-insertion', async () => {
      const el = await reinsert(await fixture<SkillGap>(html`<skill-gap .framework=${acme} .profile=${profile} target="ml-engineer-3"></skill-gap>`));
      const row = el.shadowRoot!.querySelector<HTMLElement>('[data-skill-id="mlops"]')!;
      let fired = 0;
      el.addEventListener('career-profile-change', () => fired++);
      row.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(fired).to.equal(1);
    });
  });

  describe('<ladder-compare>', () => {
    it('keeps the keyboard and the clicks after re-insertion', async () => {
      const el = await reinsert(await fixture<LadderCompare>(html`<ladder-compare .framework=${acme} family="data"></ladder-compare>`));
      el.shadowRoot!.querySelector<HTMLElement>('[data-cell="0:1"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('data-cell')).to.equal('1:2');
      const picked: string[] = [];
      el.addEventListener('career-role-select', (e) => picked.push(e.detail.roleId));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-role-id]')!.click();
      expect(picked).to.have.length(1);
    });
  });

  describe('<career-framework>', () => {
    it('keeps sharing its framework and selection with the elements inside after re-insertion', async () => {
      const provider = await fixture<CareerFramework>(html`<career-framework .framework=${acme}><mobility-map region="US"></mobility-map></career-framework>`);
      const map = provider.querySelector('mobility-map')!;
      await map.updateComplete;
      await reinsert(provider);
      await map.updateComplete;
      provider.currentRole = 'data-analyst-2';
      await provider.updateComplete;
      await map.updateComplete;
      expect(map.shadowRoot!.querySelector('[data-role-id="data-analyst-2"]')!.classList.contains('focused')).to.be.true;
      map.shadowRoot!.querySelector('[data-role-id="ml-engineer-3"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await provider.updateComplete;
      expect(provider.target).to.equal('ml-engineer-3');
    });
  });
});
