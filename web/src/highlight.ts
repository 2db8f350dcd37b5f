/**
 * Cuts a sentence into pieces so overlapping layers (quotes, entity mentions,
 * hedges, loaded words) can all be marked: each piece carries every layer
 * that covers it. Pure; offsets are article-text offsets.
 */
export interface Layer {
  start: number;
  end: number;
  kind: 'quote' | 'entity' | 'hedge' | 'loaded';
  /** Entity key for links, quote id, … */
  ref?: string;
}

export interface Piece {
  text: string;
  start: number;
  layers: Layer[];
}

export function cutPieces(text: string, offset: number, layers: readonly Layer[]): Piece[] {
  const end = offset + text.length;
  const inside = layers.filter((l) => l.end > offset && l.start < end && l.end > l.start);
  const cuts = new Set<number>([offset, end]);
  for (const l of inside) {
    cuts.add(Math.max(offset, l.start));
    cuts.add(Math.min(end, l.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    pieces.push({ text: text.slice(a - offset, b - offset), start: a, layers: inside.filter((l) => l.start <= a && l.end >= b) });
  }
  return pieces;
}
