import { stringify } from 'csv-stringify/sync';
import { type Rates, rateOf } from './rates';

const headers = {
  fr: ['Unité', 'Niveau', 'Public', 'Ont pris connaissance', 'Taux (%)'],
  en: ['Org unit', 'Level', 'Audience', 'Acknowledged', 'Rate (%)'],
};
const organisation = { fr: 'Organisation', en: 'Organisation' };

const percent = (rate: number | null) => (rate === null ? '' : (rate * 100).toFixed(1));

/** The rates the viewer sees, as CSV (counts only, never names). */
export function ratesCsv(rates: Rates, locale: 'fr' | 'en'): string {
  return stringify([
    headers[locale],
    [organisation[locale], 0, rates.audience, rates.acknowledged, percent(rateOf(rates))],
    ...rates.units.map((row) => [
      row.unit.name,
      row.depth + 1,
      row.audience,
      row.acknowledged,
      percent(rateOf(row)),
    ]),
  ]);
}
