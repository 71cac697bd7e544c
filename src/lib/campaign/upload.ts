/**
 * An upload of targets (JSON or CSV) as the campaign will check them: every line through the same
 * normalisation and opt-out list as a public check; lines that cannot be checked are listed with
 * their line and code, never a failure of the whole upload. Pure: the DNS part of the guard runs
 * when each target is checked (a line refused there joins `rejected` then).
 */

import { isLang, type Lang } from '../../i18n/languages.ts';
import { parseCsvRecords } from '../csv.ts';
import { AppError, invalidRequest } from '../errors.ts';
import { MAX_CAMPAIGN_TARGETS } from '../limits.ts';
import { normaliseHostInput } from '../probe/host.ts';
import { isOptedOut } from '../probe/opt-out.ts';
import { MAX_LABEL_LENGTH, type Rejection, type RejectionCode, type TargetInput } from '../schemas/campaign.ts';

export const CSV_COLUMNS = ['host', 'organisation', 'language', 'reference'] as const;

export interface Target {
  /** The CSV line or the JSON index it came from. */
  line: number;
  host: string;
  organisation: string | null;
  language: Lang | null;
  reference: string | null;
}

export interface Upload {
  targets: Target[];
  rejected: Rejection[];
}

const label = (value: string | undefined): string | null => {
  const text = value?.trim() ?? '';
  return text === '' ? null : text.slice(0, MAX_LABEL_LENGTH);
};

/** Lines in the order given: normalised, refused ones listed, the second of two equal hosts a duplicate. */
export function acceptTargets(
  lines: ReadonlyArray<{ line: number; input: TargetInput }>,
  optOut?: readonly string[],
): Upload {
  if (lines.length > MAX_CAMPAIGN_TARGETS) {
    throw invalidRequest(
      `A campaign holds at most ${MAX_CAMPAIGN_TARGETS} targets; this upload has ${lines.length}. Split it into several campaigns.`,
    );
  }
  const targets: Target[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  for (const { line, input } of lines) {
    const reject = (code: RejectionCode) => rejected.push({ line, input: input.host.slice(0, MAX_LABEL_LENGTH), code });
    let host: string;
    try {
      host = normaliseHostInput(input.host).host;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      reject(error.code === 'private_address' || error.code === 'port_not_allowed' ? error.code : 'invalid_host');
      continue;
    }
    const language = label(input.language)?.toLowerCase() ?? null;
    if (language !== null && !isLang(language)) reject('invalid_language');
    else if (isOptedOut(host, optOut)) reject('opted_out');
    else if (seen.has(host)) reject('duplicate');
    else {
      seen.add(host);
      targets.push({
        line,
        host,
        organisation: label(input.organisation),
        language,
        reference: label(input.reference),
      });
    }
  }
  return { targets, rejected };
}

/** JSON `targets`: the line of each is its 0-based index. */
export const fromJson = (targets: readonly TargetInput[], optOut?: readonly string[]): Upload =>
  acceptTargets(
    targets.map((input, index) => ({ line: index, input })),
    optOut,
  );

/**
 * CSV with the header row `host,organisation,language,reference` (columns in any order, only
 * `host` required; a UTF-8 byte order mark is ignored). Lines are 1-based, the header is line 1.
 */
export function fromCsv(text: string, optOut?: readonly string[]): Upload {
  const [header, ...records] = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  const names = header?.cells.map((cell) => cell.trim().toLowerCase()) ?? [];
  const at = Object.fromEntries(CSV_COLUMNS.map((column) => [column, names.indexOf(column)]));
  if (!header || (at.host ?? -1) < 0) {
    throw invalidRequest(
      'The CSV needs a header row with the columns host,organisation,language,reference (only host is required).',
    );
  }
  const cell = (cells: string[], column: (typeof CSV_COLUMNS)[number]) => {
    const index = at[column] ?? -1;
    return index < 0 ? undefined : cells[index];
  };
  const malformed: Rejection[] = [];
  const lines: Array<{ line: number; input: TargetInput }> = [];
  for (const { line, cells } of records) {
    if (cells.length > names.length) {
      malformed.push({ line, input: cells.join(',').slice(0, MAX_LABEL_LENGTH), code: 'invalid_line' });
      continue;
    }
    const input: TargetInput = { host: cell(cells, 'host') ?? '' };
    for (const column of ['organisation', 'language', 'reference'] as const) {
      const value = cell(cells, column);
      if (value !== undefined) input[column] = value;
    }
    lines.push({ line, input });
  }
  const upload = acceptTargets(lines, optOut);
  return { targets: upload.targets, rejected: [...malformed, ...upload.rejected].sort((a, b) => a.line - b.line) };
}
