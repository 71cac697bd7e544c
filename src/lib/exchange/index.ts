/** The Exchange knowledge base and assessment: what the site, the API and the build import. */
export { StepId } from './advice.ts';
export { type AssessOptions, assess, assessBuild } from './assess.ts';
export { type Build, compareBuilds, MAX_BUILD_INPUT, parseBuild } from './build.ts';
export {
  allBuilds,
  allCves,
  allProducts,
  buildsByProduct,
  cveById,
  dataVersion,
  isSupported,
  licence,
  productLifecycle,
  productName,
  sources,
} from './knowledge.ts';
export { type LadderRung, updateLadder } from './ladder.ts';
export {
  BuildsOpenData,
  buildsCsv,
  buildsJsonSchema,
  buildsOpenData,
  CvesOpenData,
  cvesCsv,
  cvesJsonSchema,
  cvesOpenData,
} from './open-data.ts';
export { KnowledgeBaseError, validateKnowledgeBase } from './validate.ts';
