// What classifying and reporting need (the ~500-entry built-in catalog, the classifier, the report), loaded on
// first use: commands that never look at policies (import, export, list) start without it.
export { BUILTIN_CATALOG } from './catalog/builtin';
export { createCatalog, type Catalog } from './catalog/catalog';
export { createClassifier, type Classifier } from './catalog/classify';
export { buildReport } from './report/build';
