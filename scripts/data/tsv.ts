/** Tab-separated tables with a header line, as the reference tables in tests/fixtures/reference are written. */
export function parseTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines[0]?.split('\t') ?? [];
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()]));
  });
}
