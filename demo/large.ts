// The demo's large page: <mobility-map> on a generated framework of ?roles= roles (1,000 by default).
import '../src/define.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import { FrameworkIndex } from '../src/model/framework-index.js';
import { generateFramework } from '../src/testing/generate-framework.js';

const params = new URLSearchParams(location.search);
const roles = Math.max(10, Math.min(20000, Number(params.get('roles')) || 1000));
const map = document.querySelector<MobilityMap>('#map')!;
const movesPerRole = Math.max(1, Math.min(40, Number(params.get('moves')) || 5));
map.framework = generateFramework({ roles, movesPerRole, seed: 7 });
const focus = params.get('focus');
if (focus) map.currentRole = focus === 'busiest' ? busiest(map) : focus;
const family = params.get('family');
if (family) map.updateComplete.then(() => map.showFamily(family));

/** The role with the most moves, for a focus that shows many destinations. */
function busiest(el: MobilityMap): string {
  const index = new FrameworkIndex(el.framework as ReturnType<typeof generateFramework>);
  return [...index.framework.roles].sort((a, b) => index.movesFrom(b.id).length - index.movesFrom(a.id).length)[0].id;
}
