export { createDashboardApp, type DashboardDeps, type QueueCounts } from "./app.ts";
export { type DashboardEnv, dashboardEnvSchema, parseDashboardEnv } from "./env.ts";
export { queueCountsOf, serveDashboard } from "./serve-dashboard.ts";
export { start } from "./start.ts";
