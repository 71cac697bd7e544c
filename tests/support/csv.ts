/** The project's CSV reader (src/lib/csv.ts), for the data scripts. */
export { parseCsv } from '../../src/lib/csv.ts';
