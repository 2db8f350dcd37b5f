/**
 * What every part of a report page shares: the report's view (labels, facts by
 * status), outlet colours, the selected fact, and whether the articles' texts
 * can be fetched (stored articles) or only the quoted statements are known.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReportView } from '../../src/present/view.js';

export interface ReportState {
  view: ReportView;
  /** Article id → CSS colour of its outlet. */
  colorOf: (articleId: string) => string;
  selected: string | null;
  select: (factId: string | null, statement?: number) => void;
  /** Index of the statement shown in the source panel. */
  statement: number;
  /** The articles are stored: their full texts can be loaded for context. */
  stored: boolean;
}

export const ReportContext = createContext<ReportState | null>(null);

export function useReport(): ReportState {
  const state = useContext(ReportContext);
  if (!state) throw new Error('useReport outside a report');
  return state;
}
