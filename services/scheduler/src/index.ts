export { parseSchedulerEnv, type SchedulerEnv, scheduleEnvSchema } from "./env.ts";
export { readFeedList, type ScheduleOptions, syncSchedules } from "./sync-schedules.ts";
export { scheduleOptionsOf, start } from "./start.ts";
