import { stringify } from 'csv-stringify/sync';
import { dimensions } from '../library/dimensions';
import type { Heatmap } from './heatmap';

const headers = {
  fr: [
    'Unité',
    'Profondeur',
    'Dimension',
    'Baromètre n°',
    'Réponses',
    'Score',
    'Intervalle bas',
    'Intervalle haut',
    'Masqué',
  ],
  en: [
    'Org unit',
    'Depth',
    'Dimension',
    'Pulse no.',
    'Answers',
    'Score',
    'Interval low',
    'Interval high',
    'Hidden',
  ],
};
const hidden = {
  fr: { TOO_FEW_ANSWERS: 'trop peu de réponses', COMPLEMENT: 'protection contre les recoupements' },
  en: { TOO_FEW_ANSWERS: 'too few answers', COMPLEMENT: 'protection against differencing' },
};

/** The heatmap the viewer sees, as CSV: the same cells, hidden where they are hidden. */
export function heatmapCsv(heatmap: Heatmap, locale: 'fr' | 'en'): string {
  const rows = heatmap.rows.flatMap((row) =>
    row.cells.map(({ dimension, cell }) => [
      row.unit.name,
      row.depth,
      dimensions[dimension].name[locale],
      cell ? cell.period + 1 : '',
      cell?.responseCount ?? '',
      cell?.score?.value ?? '',
      cell?.score?.low ?? '',
      cell?.score?.high ?? '',
      cell?.hiddenReason ? hidden[locale][cell.hiddenReason] : '',
    ]),
  );
  return stringify([headers[locale], ...rows]);
}
