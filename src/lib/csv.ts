/**
 * RFC 4180 CSV reading that keeps line numbers: each record with the 1-based line it starts on,
 * so that a refused line of an upload can be named as the user sees it in an editor. Quoted cells
 * may hold commas, doubled quotes and line breaks. Blank lines are skipped but counted.
 */
export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const end = () => {
    row.push(cell);
    if (row.some((c) => c.trim() !== '')) records.push({ line: start, cells: row });
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      end();
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) end();
  return records;
}

/** Rows of cells, blank lines dropped. */
export const parseCsv = (text: string): string[][] => parseCsvRecords(text).map((record) => record.cells);

export type CsvValue = string | number | boolean | null;

/** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
export function csvCell(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 with CRLF line ends. The columns are the first row's keys unless given (so that an
 * empty list can still have its header row); no rows and no columns is the empty text.
 */
export function toCsv<T extends Record<string, CsvValue>>(
  rows: readonly T[],
  columns: readonly string[] = rows[0] ? Object.keys(rows[0]) : [],
): string {
  if (columns.length === 0) return '';
  const lines = [columns as readonly CsvValue[], ...rows.map((row) => columns.map((c) => row[c] ?? null))];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
