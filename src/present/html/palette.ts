/**
 * Colours of the HTML report. Outlet colours carry white chip text, so each of
 * them keeps a contrast ratio of at least 4.5:1 against white (checked in the tests).
 */
import type { Stance } from '../../core/model/analysis.js';

export const OUTLET_COLORS: readonly string[] = [
  '#1d4ed8', // blue
  '#b4235a', // raspberry
  '#0f766e', // teal
  '#7c3aed', // violet
  '#a04a05', // amber brown
  '#3f6212', // olive
  '#0e6a8f', // ocean
  '#9d174d', // plum
  '#4b5563', // slate
  '#8a3ffc', // purple
];

/** Stance colours for the small bars; neutral stays quiet, the marked stances stand out. */
export const STANCE_COLORS: Record<Stance, string> = {
  neutral: '#9aa3ad',
  distancing: '#d97706',
  contesting: '#dc2626',
  conceding: '#2563eb',
  emphatic: '#9333ea',
  pressure: '#be123c',
  other: '#64748b',
};

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * One colour index per outlet name. An outlet keeps the colour its name hashes to
 * unless another outlet of the same report took it first (names are handled in
 * sorted order, so the result does not depend on article order); then the next
 * free colour is used. Distinct outlets get distinct colours up to the palette size.
 */
export function assignOutletColors(outlets: readonly string[]): Map<string, number> {
  const names = [...new Set(outlets)].sort();
  const used = new Set<number>();
  const out = new Map<string, number>();
  for (const name of names) {
    let i = hash(name) % OUTLET_COLORS.length;
    for (let step = 0; step < OUTLET_COLORS.length && used.has(i); step++) i = (i + 1) % OUTLET_COLORS.length;
    used.add(i);
    out.set(name, i);
  }
  return out;
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
