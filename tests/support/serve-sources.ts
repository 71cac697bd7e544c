/**
 * `npx node tests/support/serve-sources.ts [scenario]`: the loopback data sources for a manual
 * check of the refresh (README "Fresh data"). Prints the SOURCE_* variables for `npm start`.
 */
import { SOURCE_SCENARIOS, type SourceScenario } from './source-scenarios.ts';
import { startSourceServer } from './source-server.ts';

const scenario = (process.argv[2] ?? 'november') as SourceScenario;
if (!SOURCE_SCENARIOS.includes(scenario)) {
  console.error(`Unknown scenario "${scenario}"; one of: ${SOURCE_SCENARIOS.join(', ')}`);
  process.exit(2);
}
const server = await startSourceServer();
for (const [name, value] of Object.entries(server.variables(scenario))) console.log(`export ${name}=${value}`);
console.log(`# other scenarios: replace /${scenario}/ with one of ${SOURCE_SCENARIOS.join(', ')}. Ctrl-C to stop.`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
