/**
 * Build numbers read from a checked server. Everything a server sends is untrusted: a value is
 * only ever kept after it passed this strict, non-backtracking check and was rewritten in our own
 * canonical form, so no byte of the server's text reaches a result.
 */

import { compareBuilds as compareKnownBuilds, knownBuild } from '../exchange/build.ts';

const MAX_BUILD_TEXT = 32;

/** Widths of major, minor, build and revision, as `BuildString` in schemas/api.ts allows them. */
const PART_WIDTH = [2, 2, 5, 5] as const;

/**
 * Parses `15.2.1748.24`, the long form `15.02.1748.024`, or a CU level `15.2.1748`, and returns the
 * canonical form, or null for anything else, including builds of no Exchange product that can be
 * seen remotely (2007 and older are out of scope; 15.20 is Exchange Online).
 */
export function parseBuild(text: string, parts: 3 | 4 | 'any' = 'any'): string | null {
  if (text.length === 0 || text.length > MAX_BUILD_TEXT) return null;
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
  const [major, minor, build] = numbers as [number, number, number];
  if (!isKnownProductLine(major, minor) || build === 0) return null;
  return numbers.join('.');
}

function isKnownProductLine(major: number, minor: number): boolean {
  if (major === 14) return minor <= 3;
  if (major === 15) return minor === 0 || minor === 1 || minor === 2 || minor === 20;
  return false;
}

/** Exchange Online answers with 15.20.x; it is patched by Microsoft, not by the person checking. */
export function isOnlineBuild(build: string): boolean {
  return build.startsWith('15.20.');
}

/** The first three parts: product and cumulative update. */
export function cuOf(build: string): string {
  return build.split('.').slice(0, 3).join('.');
}

export function isFullBuild(build: string): boolean {
  return build.split('.').length === 4;
}

/** The knowledge base's order (one definition of it): a CU level before every full build of its CU. */
export function compareBuilds(a: string, b: string): number {
  return compareKnownBuilds(knownBuild(a), knownBuild(b));
}
