export { claims } from "./claims.ts";
export { feeds } from "./feeds.ts";
export { articles } from "./articles.ts";
export { articleUrls } from "./article-urls.ts";
export { feedItems } from "./feed-items.ts";
export { observations } from "./observations.ts";
export { alerts } from "./alerts.ts";
export { notices } from "./notices.ts";
export { claimStats, claimValueStats, coverageWeekStats } from "./claim-stats.ts";
