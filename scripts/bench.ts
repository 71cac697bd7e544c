export {};

/**
 * `npm run bench`: figures, not pass/fail. The assessment's time per build over the whole build
 * table, the check's wall time against one plain HTTPS GET to the same fake server, and the data
 * refresh's CPU and wall time with the assessment on the refreshed version.
 */
const benches = [
  ['assessment', '../tests/bench/assessment.ts'],
  ['check', '../tests/bench/check.ts'],
  ['refresh', '../tests/bench/refresh.ts'],
] as const;

for (const [name, path] of benches) {
  console.log(`\n=== bench: ${name}`);
  const mod = (await import(path)) as { run: () => Promise<void> };
  await mod.run();
}
