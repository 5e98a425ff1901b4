export { type CompareDeps, createArticleMatchHandler } from "./jobs/article-match.job.ts";
export { type CompareEnv, parseCompareEnv } from "./env.ts";
export { start } from "./start.ts";
