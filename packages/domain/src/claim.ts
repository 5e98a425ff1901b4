import { z } from "zod";
import { qualifierSchema, unitSchema } from "./figure.ts";

const claimKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "a claim key is lower_snake_case, starting with a letter");

/** Words per language (ISO 639-1 code, or "any" for words that hold in every language). */
export const wordsByLanguageSchema = z.record(
  z.string().regex(/^([a-z]{2}|any)$/, 'a language is a two-letter code or "any"'),
  // A bare number in YAML (a year such as 2030) is a word too.
  z.array(z.union([z.string().min(1), z.number().transform(String)])).min(1),
);
export type WordsByLanguage = z.infer<typeof wordsByLanguageSchema>;

export const baselineSchema = z
  .object({
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    qualifier: qualifierSchema,
  })
  .strict()
  .superRefine((b, ctx) => {
    const hasRange = b.low !== undefined || b.high !== undefined;
    if (b.qualifier === "range") {
      if (b.low === undefined || b.high === undefined || b.value !== undefined) {
        ctx.addIssue({ code: "custom", message: "a range baseline needs low and high and no value" });
      } else if (b.low > b.high) {
        ctx.addIssue({ code: "custom", message: "low must not exceed high" });
      }
    } else if (b.value === undefined || hasRange) {
      ctx.addIssue({ code: "custom", message: `a baseline qualified "${b.qualifier}" needs a value and no low/high` });
    }
  });
export type Baseline = z.infer<typeof baselineSchema>;

export const claimSchema = z
  .object({
    key: claimKeySchema,
    description: z.string().min(3),
    unit: unitSchema,
    currency: z.string().optional(),
    baseline: baselineSchema,
    source: z
      .object({
        name: z.string().min(1),
        outlet: z.string().optional(),
        date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD").optional(),
        url: z.string().url().optional(),
      })
      .strict(),
    /** Words that point at this claim near a figure, by language. */
    cues: wordsByLanguageSchema,
    /** Words that, near a figure, rule this claim out (e.g. "killed" for troops sent). */
    exclude: wordsByLanguageSchema.optional(),
    /**
     * Words that, anywhere in the figure's clause, narrow it to a part of what the claim counts
     * (a region, one city), and so rule the claim out ("300 companies in Moscow and its region").
     */
    scope: wordsByLanguageSchema.optional(),
    /**
     * The nouns a figure of this claim counts ("workers", "soldiers"). A figure that counts a noun
     * another claim lists, and this one does not, cannot state this claim.
     */
    nouns: wordsByLanguageSchema.optional(),
    /**
     * Words of which one must be named in the figure's sentence, the sentences just before it or
     * the headline (e.g. "Orlov" for his deal, "Kyiv" for the strike).
     */
    context: wordsByLanguageSchema.optional(),
    /**
     * How the source states the figure: `fact` (a count or measure of what is or was), `intent`
     * (a plan or hope), `projection` (a forecast) or `any` (a capability or judgement, stated
     * alike as "can" or "could": "could do the work of two"). A `fact` claim takes no figure from
     * a clause that plans, hopes or projects; `intent` and `projection` claims need such a clause
     * (or a year of their period); `any` claims take figures from any clause.
     */
    modality: z.enum(["fact", "intent", "projection", "any"]).default("fact"),
    /** Values outside this interval cannot state the claim. */
    plausible: z
      .object({ min: z.number(), max: z.number() })
      .strict()
      .refine((p) => p.min <= p.max, "plausible.min must not exceed plausible.max"),
    /** Relative tolerance: 0.05 means within 5% of the baseline agrees. */
    tolerance: z.number().min(0).max(1).default(0.05),
    /** The year(s) the figure is about, when the claim is tied to a period. */
    period: z
      .object({ from: z.number().int().optional(), to: z.number().int().optional() })
      .strict()
      .optional(),
    /** Extra recipients of this claim's alerts, besides ALERT_TO. */
    recipients: z.array(z.string().email()).optional(),
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;
export type ClaimKey = Claim["key"];

/** The topic a source article is about: a passage mentions it when it names each group's terms. */
export const topicSchema = z
  .object({
    name: z.string().min(1),
    /** Every group must be named in a passage (or its context) for the passage to mention the topic. */
    require: z.record(z.string().min(1), wordsByLanguageSchema),
    /** At least one of these groups must also be named. */
    anyOf: z.record(z.string().min(1), wordsByLanguageSchema).optional(),
    /**
     * Places and peoples that, named in a figure's clause without the required group `instead`
     * (e.g. russia), show the figure is about somewhere else (North Korean workers in China).
     */
    elsewhere: z.object({ instead: z.string().min(1), words: wordsByLanguageSchema }).strict().optional(),
  })
  .strict()
  .refine((t) => !t.elsewhere || t.elsewhere.instead in t.require, {
    message: "elsewhere.instead must name one of the require groups",
    path: ["elsewhere", "instead"],
  });
export type Topic = z.infer<typeof topicSchema>;

export const catalogSchema = z
  .object({
    source: z
      .object({
        title: z.string().min(1),
        outlet: z.string().optional(),
        published: z.string().optional(),
        url: z.string().url().optional(),
      })
      .strict(),
    topic: topicSchema,
    claims: z.array(claimSchema).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.claims.forEach((claim, i) => {
      if (seen.has(claim.key)) {
        ctx.addIssue({ code: "custom", path: ["claims", i, "key"], message: `duplicate claim key "${claim.key}"` });
      }
      seen.add(claim.key);
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;
