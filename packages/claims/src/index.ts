export { defaultCatalogPath, loadCatalog, parseCatalog } from "./load-catalog.ts";
export { baselineValue, figuresAgree, judgeFigure } from "./verdict.ts";
export { type AlertDecision, type AlertedValue, decideAlert } from "./decide-alert.ts";
