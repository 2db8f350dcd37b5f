/** Outlet colours: the HTML report's palette (distinct within a report, AA contrast on white text). */
import { assignOutletColors, OUTLET_COLORS } from '../../src/present/html/palette.js';

export function outletColors(outlets: readonly string[]): (outlet: string) => string {
  const map = assignOutletColors(outlets);
  return (outlet) => OUTLET_COLORS[map.get(outlet) ?? 8] ?? '#4b5563';
}
