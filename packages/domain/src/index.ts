export * from "./figure.ts";
export * from "./claim.ts";
export * from "./article.ts";
export * from "./errors.ts";
