/**
 * Exchange build numbers: parsing what people and servers write, and ordering.
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
