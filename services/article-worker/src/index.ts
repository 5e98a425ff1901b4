export { createArticleHandlers, createFetchClients } from "./deps.ts";
export { type ArticleEnv, parseArticleEnv } from "./env.ts";
export { type ArticleDeps, createArticleFetchHandler, PageFetchError } from "./jobs/article-fetch.job.ts";
export { start } from "./start.ts";
