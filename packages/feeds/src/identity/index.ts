export { normalizeTitle } from "./normalize-title.ts";
export { simhash, hammingDistance, nearDuplicateMaxDistance } from "./simhash.ts";
