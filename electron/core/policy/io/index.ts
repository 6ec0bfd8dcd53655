// Cookie-policy files in and out: readPolicy for saved pages, Markdown, CSV, JSON and text; writers for JSON, CSV
// and a publishable HTML page.
export { readPolicy, MAX_POLICY_BYTES } from './read-policy';
export type { PolicyReadOptions, PolicyReadResult } from './types';
export { POLICY_FORMATS, type PolicyFormat } from './detect';
export { writePolicyJson } from './write-json';
export { writePolicyCsv, CSV_HEADER } from './write-csv';
export { writePolicyHtml } from './write-html';
export { mapCategory, mapStorageType } from './categories';
