export { createHttpClient } from "./create-http-client.ts";
export { isPublicAddress } from "./is-public-address.ts";
export { redactUrl } from "./redact-url.ts";
export { createRobotsChecker } from "./robots/create-robots-checker.ts";
export type { RobotsChecker, RobotsCheckerOptions } from "./robots/create-robots-checker.ts";
export { parseRobotsTxt, isPathAllowed } from "./robots/parse-robots-txt.ts";
export type * from "./types.ts";
export { isPrivateUrl } from "./is-private-url.ts";
export type { HostGate } from "./host-gate.ts";
