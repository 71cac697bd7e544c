/**
 * Exchange build numbers, the one module for them: three ways in (what people type, what a checked
 * server sends, what the knowledge base holds), one parsed form (`Build`, with its precision), one
 * order, one decision of what is Exchange Online.
 * The first three parts compare as a semantic version (semver), the fourth as a plain number.
 */
import { SemVer } from 'semver';
import { invalidBuild } from '../errors.ts';
import type { Precision } from '../schemas/api.ts';

export interface Build {
  readonly major: number;
  readonly minor: number;
  readonly build: number;
  /** The security/hotfix update level; null when only the CU is known (`15.2.1748`). */
  readonly revision: number | null;
  /** `major.minor.build`, which names the CU (2013 and later) or the update rollup (2010). */
  readonly prefix: string;
  /** Normalised text: no leading zeros, 3 or 4 parts. */
  readonly text: string;
  readonly precision: Precision;
  readonly core: SemVer;
}

/**
 * Longer input is refused before any pattern runs: the longest accepted form,
 * `Version 15.02 (Build 01748.00024)` with generous spacing, is far below it.
 */
export const MAX_BUILD_INPUT = 64;

const HELP =
  'Enter an Exchange build number such as 15.2.1748.24 (as the Health Checker or ' +
  '"Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo }" on the server shows it), ' +
  '15.2.1748 (the cumulative update only), the long form 15.02.1748.024, or "Version 15.2 (Build 1748.24)" ' +
  'as Get-ExchangeServer prints it (which shows only the cumulative update).';

// Each part is a bounded run of digits between fixed separators, so matching is linear.
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{1,5})(?:\.(\d{1,5}))?$/;
const CMDLET = /^version (\d{1,2})\.(\d{1,2}) ?\(build (\d{1,5})(?:\.(\d{1,5}))?\)$/;

export function parseBuild(input: string): Build {
  if (typeof input !== 'string') throw invalidBuild(`No build number given. ${HELP}`);
  if (input.length > MAX_BUILD_INPUT) {
    throw invalidBuild(`The build number is too long (more than ${MAX_BUILD_INPUT} characters). ${HELP}`);
  }
  const text = input.trim().replace(/\s+/g, ' ').toLowerCase();
  if (text === '') throw invalidBuild(`No build number given. ${HELP}`);
  const dotted = DOTTED.exec(text);
  const m = dotted ?? CMDLET.exec(text);
  if (!m) throw invalidBuild(`This is not an Exchange build number. ${HELP}`);
  const [major, minor, build] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // AdminDisplayVersion (the cmdlet form) does not change when a security update is installed:
  // it tells the CU only, whatever its last part says.
  const revision = m[4] === undefined || !dotted ? null : Number(m[4]);
  return makeBuild(major, minor, build, revision);
}

export function makeBuild(major: number, minor: number, build: number, revision: number | null): Build {
  const prefix = `${major}.${minor}.${build}`;
  return {
    major,
    minor,
    build,
    revision,
    prefix,
    text: revision === null ? prefix : `${prefix}.${revision}`,
    precision: revision === null ? 'cu' : 'update',
    core: new SemVer(prefix),
  };
}

/** The same build without its update level. */
export const toCuLevel = (b: Build): Build => (b.revision === null ? b : makeBuild(b.major, b.minor, b.build, null));

/**
 * Orders builds; a CU-level build sorts before every full build of its CU, so "at or above the
 * fixed build" is never claimed for a build whose update level is unknown.
 */
export function compareBuilds(a: Build, b: Build): number {
  return a.core.compareMain(b.core) || (a.revision ?? -1) - (b.revision ?? -1);
}

/** Orders the CU parts only (major.minor.build). */
export const comparePrefixes = (a: Build, b: Build): number => a.core.compareMain(b.core);

/** Parses a build from the knowledge base, which is already normalised. */
export function knownBuild(text: string): Build {
  const parts = text.split('.').map(Number);
  return makeBuild(parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? null);
}

/** Exchange Online answers with 15.20.x builds; it is patched by Microsoft, not by the person checking. */
const EXCHANGE_ONLINE = { major: 15, minor: 20 } as const;

/** The one decision of "Exchange Online" by build number, for the check and the assessment alike. */
export const isExchangeOnline = (b: Build): boolean =>
  b.major === EXCHANGE_ONLINE.major && b.minor === EXCHANGE_ONLINE.minor;

// ---- what a checked server sends ----------------------------------------------------------------
// Everything a server sends is untrusted: a value is only ever kept after it passed this strict,
// non-backtracking check and was rewritten in our own canonical form, so no byte of the server's
// text reaches a result.

/** Longer server text is no build: the long form `15.02.01748.00024` is far below it. */
const MAX_SERVER_BUILD_TEXT = 32;

/** Widths of major, minor, build and revision, as `BuildString` in schemas/api.ts allows them. */
const PART_WIDTH = [2, 2, 5, 5] as const;

/**
 * Reads `15.2.1748.24`, the long form `15.02.1748.024`, or a CU level `15.2.1748` from a server, or
 * null for anything else, including builds of no Exchange product that can be seen remotely (2007
 * and older are out of scope). `parts` asks for a full build (4) or a CU level (3) only.
 */
export function readServerBuild(text: string, parts: 3 | 4 | 'any' = 'any'): Build | null {
  if (text.length === 0 || text.length > MAX_SERVER_BUILD_TEXT) return null;
  const pieces = text.split('.');
  if (pieces.length !== 3 && pieces.length !== 4) return null;
  if (parts !== 'any' && pieces.length !== parts) return null;
  const numbers: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    const width = PART_WIDTH[index] ?? 0;
    // The long form pads with zeros (15.02.1748.024), so allow one extra digit beyond the width.
    if (piece.length === 0 || piece.length > width + 1) return null;
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (code < 48 || code > 57) return null;
    }
    const value = Number(piece);
    if (String(value).length > width) return null;
    numbers.push(value);
  }
  const [major, minor, build, revision] = numbers as [number, number, number, number | undefined];
  if (build === 0) return null;
  const b = makeBuild(major, minor, build, revision ?? null);
  return isVisibleProductLine(b) ? b : null;
}

/** 2010 (14.0 to 14.3), 2013 (15.0), 2016 (15.1), 2019 and SE (15.2), and Exchange Online. */
function isVisibleProductLine(b: Build): boolean {
  if (b.major === 14) return b.minor <= 3;
  return b.major === 15 && (b.minor === 0 || b.minor === 1 || b.minor === 2 || isExchangeOnline(b));
}
