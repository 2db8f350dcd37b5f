/** Turns what a user pasted or dropped into the compare endpoint's article objects. */
import type { CompareItem } from './api.js';

export interface Draft {
  value: string;
  outlet: string;
  title: string;
  /** Set when the text came from a dropped file. */
  fileName: string | null;
}

export const emptyDraft = (): Draft => ({ value: '', outlet: '', title: '', fileName: null });

export function toCompareItem(d: Draft): CompareItem | null {
  const value = d.value.trim();
  if (!value) return null;
  const item: CompareItem = /^https?:\/\/\S+$/i.test(value) ? { url: value } : /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(value) ? { html: value } : { text: value };
  if (d.outlet.trim()) item.outlet = d.outlet.trim();
  if (d.title.trim()) item.title = d.title.trim();
  return item;
}

/** Reads a dropped file into a draft: HTML as HTML, our JSON article shape as its fields, anything else as text. */
export async function draftFromFile(file: File): Promise<Draft> {
  const raw = await file.text();
  const draft: Draft = { ...emptyDraft(), value: raw, fileName: file.name };
  if (/\.json$/i.test(file.name)) {
    try {
      const obj = JSON.parse(raw) as Record<string, unknown>;
      const body = typeof obj.text === 'string' ? obj.text : typeof obj.body === 'string' ? obj.body : null;
      if (body !== null) {
        draft.value = body;
        if (typeof obj.outlet === 'string') draft.outlet = obj.outlet;
        if (typeof obj.title === 'string') draft.title = obj.title;
      }
    } catch {
      // Not our JSON shape: compared as plain text.
    }
  }
  return draft;
}

/** Two short reports of one invented event, written for this demo. */
export const EXAMPLE: Draft[] = [
  {
    value:
      'Storm closes port of Westhaven\n\nA storm forced the port of Westhaven to close on Monday morning. Harbour master Ines Vogel said 14 ships were waiting offshore. "We will reopen as soon as the wind drops below gale force," Vogel said.\n\nThe coast guard rescued two sailors from a fishing boat near the harbour entrance.',
    outlet: 'Coast Courier',
    title: '',
    fileName: null,
  },
  {
    value:
      'Westhaven port shut as storm hits coast\n\nThe port of Westhaven closed on Monday as a storm swept the coast. According to harbour master Ines Vogel, 20 ships were waiting offshore. Vogel said the port would reopen once the wind dropped.\n\nShipping companies criticised the late warning, claiming they had lost a full day of trade.',
    outlet: 'Daily Ledger',
    title: '',
    fileName: null,
  },
];
