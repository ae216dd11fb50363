/**
 * The map's keyboard: one tab stop that moves between roles (or families) by position, and walks
 * from the focused role along its moves to their destinations. A reactive controller: it holds
 * which item has the tab stop, carries out the pure key mappings of mobility-map-keys.ts through
 * the element's actions, and moves DOM focus after the render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CareerMove } from '../model/framework-index.js';
import type { Box } from './mobility-map-layout.js';
import { neighbour } from './mobility-map-layout.js';
import { mapKeyAction, walkStep, type WalkPosition } from './mobility-map-keys.js';
import type { Scene } from './mobility-map-scene.js';

export interface MapKeyboardActions {
  scene: () => Scene | undefined;
  /** The role whose moves are drawn. */
  focusId: () => string | undefined;
  /** The focused role's moves drawn on the map, in the order announced and walked (suggested ones last). */
  moves: () => readonly CareerMove[];
  chooseRole: (id: string) => void;
  chooseMove: (from: string, to: string) => void;
  openFamily: (id: string) => void;
  clear: () => void;
  zoomBy: (factor: number) => void;
  fit: () => void;
  /** Brings a box of the scene into view. */
  reveal: (box: Box) => void;
}

type Host = ReactiveControllerHost & { renderRoot: ParentNode };

export class MapKeyboard implements ReactiveController {
  readonly #host: Host;
  readonly #actions: MapKeyboardActions;
  #role?: string;
  #family?: string;
  #move?: number;

  constructor(host: Host, actions: MapKeyboardActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The role holding the tab stop: the last one moved to, else the focused role, else the first. */
  get activeRole(): string | undefined {
    const scene = this.#actions.scene();
    if (scene?.kind !== 'map') return undefined;
    const shown = (id?: string) => (id !== undefined && scene.nodes.has(id) ? id : undefined);
    return shown(this.#role) ?? shown(this.#actions.focusId()) ?? scene.layout.roles[0]?.id;
  }

  /** The move of the focused role holding the tab stop (its index in the walk order). */
  get activeMove(): number | undefined {
    return this.#move;
  }

  /** The family holding the tab stop in the overview. */
  get activeFamily(): string | undefined {
    const scene = this.#actions.scene();
    if (scene?.kind !== 'overview') return undefined;
    return scene.overview.families.find((f) => f.id === this.#family)?.id ?? scene.overview.families[0]?.id;
  }

  /** The tab stop follows focus and clicks: a role, a family or a move became the active item. */
  setActive(item: { kind: 'role' | 'family'; id: string } | { kind: 'move'; index: number } | undefined): void {
    if (item?.kind === 'role') this.#role = item.id;
    if (item?.kind === 'family') this.#family = item.id;
    this.#move = item?.kind === 'move' ? item.index : undefined;
    this.#host.requestUpdate();
  }

  onKeyDown = async (event: KeyboardEvent): Promise<void> => {
    const scene = this.#actions.scene();
    if (!scene) return;
    if (scene.kind === 'map') {
      const at: WalkPosition = this.#move !== undefined ? { kind: 'move', index: this.#move } : { kind: 'role', id: this.activeRole ?? '' };
      const moves = this.#actions.moves();
      const step = walkStep(event.key, at, this.#actions.focusId(), moves);
      if (step) {
        event.preventDefault();
        return this.#walkTo(step);
      }
      const move = this.#move !== undefined ? moves[this.#move] : undefined;
      if (move && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        return this.#actions.chooseMove(move.from, move.to);
      }
    }
    const action = mapKeyAction(event.key);
    if (!action) return;
    if (action.type === 'move' || action.type === 'select') event.preventDefault();
    if (action.type === 'clear') return this.#actions.clear();
    if (action.type === 'zoom') return this.#actions.zoomBy(action.factor);
    if (action.type === 'fit') return this.#actions.fit();
    if (scene.kind === 'overview') {
      const active = this.activeFamily;
      if (action.type === 'select' && active) return this.#actions.openFamily(active);
      const next = action.type === 'move' && active ? neighbour(scene.overview.families, active, action.direction) : undefined;
      if (!next) return;
      this.#family = next.id;
      this.#actions.reveal(next);
      return this.#focus(`[data-family-id="${CSS.escape(next.id)}"]`);
    }
    const active = this.activeRole;
    if (action.type === 'select' && active) return this.#actions.chooseRole(active);
    const next = action.type === 'move' && active ? neighbour(scene.layout.roles, active, action.direction) : undefined;
    if (next) await this.#walkTo({ kind: 'role', id: next.id });
  };

  async #walkTo(step: WalkPosition): Promise<void> {
    const scene = this.#actions.scene();
    if (scene?.kind !== 'map') return;
    if (step.kind === 'move') {
      this.#move = step.index;
      return this.#focus(`[data-move-index="${step.index}"]`);
    }
    this.#move = undefined;
    this.#role = step.id;
    const node = scene.nodes.get(step.id);
    if (node) this.#actions.reveal(node);
    return this.#focus(`[data-role-id="${CSS.escape(step.id)}"]`);
  }

  /** Re-renders (the tab stop moved), then puts DOM focus on the item. */
  async #focus(selector: string): Promise<void> {
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<SVGGElement>(`svg.canvas ${selector}`)?.focus();
  }
}
