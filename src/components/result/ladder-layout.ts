/**
 * Layout of the update ladder diagram: which rungs to draw and where. Long ladders (an old CU of
 * Exchange 2016 has 29 rungs to climb) keep the rungs that matter (the server's own, every new
 * CU, every rung that closes an exploited vulnerability, the top two) and fold runs of the others
 * into one "more updates" row; the text alternative always lists every rung.
 */
import type { LadderRung } from '../../lib/schemas/api.ts';

export const MAX_DRAWN = 10;

type Flag = 'here' | 'kev' | 'esu';
type RowShape =
  | { kind: 'rung'; rung: LadderRung; target: boolean; height: number; flags: Flag[] }
  | { kind: 'more'; count: number; height: number };
export type LadderRow = RowShape & { y: number };

export interface LadderLayout {
  rows: LadderRow[];
  width: number;
  height: number;
  /** Centre of the first and last node, for the rail. */
  railTop: number;
  railBottom: number;
}

const ROW = 48;
const FLAG = 20;
const MORE = 30;
const PAD = 14;
export const WIDTH = 480;
/** Vertical offset of a node's centre within its row. */
export const NODE_DY = 12;

function keep(rungs: readonly LadderRung[]): boolean[] {
  if (rungs.length <= MAX_DRAWN) return rungs.map(() => true);
  const last = rungs.length - 1;
  return rungs.map(
    (r, i) => i === 0 || i >= last - 1 || r.fixesKev || r.current || (i > 0 && rungs[i - 1]?.cu !== r.cu),
  );
}

/** Rows from the top (the newest build) down to the server's own build. */
export function layoutLadder(rungs: readonly LadderRung[]): LadderLayout {
  const kept = keep(rungs);
  const bottomUp: RowShape[] = [];
  let hidden = 0;
  rungs.forEach((rung, i) => {
    if (!kept[i]) {
      hidden++;
      return;
    }
    if (hidden > 0) {
      bottomUp.push({ kind: 'more', count: hidden, height: MORE });
      hidden = 0;
    }
    const flags: Flag[] = [];
    if (rung.current) flags.push('here');
    if (rung.fixesKev) flags.push('kev');
    if (rung.esuOnly) flags.push('esu');
    bottomUp.push({ kind: 'rung', rung, target: i === rungs.length - 1, height: ROW + flags.length * FLAG, flags });
  });
  const rows: LadderRow[] = [];
  let y = PAD;
  for (const row of bottomUp.reverse()) {
    rows.push({ ...row, y });
    y += row.height;
  }
  const nodes = rows.filter((r) => r.kind === 'rung');
  const first = nodes[0];
  const last = nodes.at(-1);
  return {
    rows,
    width: WIDTH,
    height: y + PAD - 16,
    railTop: (first?.y ?? 0) + NODE_DY,
    railBottom: (last?.y ?? 0) + NODE_DY,
  };
}
