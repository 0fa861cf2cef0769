import type { PlotTable } from '../../src/index.ts';
import type { SearchHit } from './protocol.ts';

/** Plots whose id, name or enterprise contains the query (case-insensitive); exact id matches first. */
export function searchPlots(table: PlotTable, query: string, limit: number): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const exact: SearchHit[] = [];
  const partial: SearchHit[] = [];
  const hitOf = (row: number): SearchHit => ({
    row,
    id: table.ids[row],
    name: table.names[row],
    enterprise: table.enterprises[row],
    subparkKey: table.subparkKeys[table.subparkIndex[row]],
  });
  for (let row = 0; row < table.count && exact.length + partial.length < limit * 4; row++) {
    const id = table.ids[row].toLowerCase();
    if (id === q) exact.push(hitOf(row));
    else if (id.includes(q) || table.names[row].toLowerCase().includes(q) || table.enterprises[row].toLowerCase().includes(q)) {
      if (partial.length < limit) partial.push(hitOf(row));
    }
  }
  return [...exact, ...partial].slice(0, limit);
}
