export { createDashboardApp, type DashboardDeps, type QueueCounts } from "./app.ts";
export { type DashboardEnv, dashboardEnvSchema, parseDashboardEnv } from "./env.ts";
export type { FailedJob } from "./queue-health.ts";
export { bullQueuesOf, failedJobsOf, queueCountsOf, serveDashboard } from "./serve-dashboard.ts";
export { start } from "./start.ts";
