export type RunSummary = {
  jobs: "bullmq" | "inline";
  feeds: { listed: number; read: number; failed: { url: string; error: string }[] };
  counts: Record<string, number>;
  failedJobs: { queue: string; id: string; error: string }[];
};

/** The human summary of a one-shot run, on stdout. */
export function formatRunSummary(s: RunSummary): string {
  const n = (key: string) => s.counts[key] ?? 0;
  const lines = [
    `Feeds      ${s.feeds.read} read, ${s.feeds.failed.length} failed (of ${s.feeds.listed})`,
    `Articles   ${n("articlesNew")} new, ${n("articlesRead")} read, ${n("articlesRelevant")} relevant, ${n("articlesDuplicate")} duplicates, ${n("articlesFailed")} failed`,
    `Figures    ${n("figuresClaimed")} on tracked claims, ${n("observations")} new observations (${n("agreeing")} agree with the baseline)`,
    `Alerts     ${n("alertsRaised")} raised, ${n("corroborations")} corroborations, ${n("alertsSent")} sent, ${n("alertsFailed")} refused`,
  ];
  if (s.feeds.failed.length > 0) {
    lines.push("", "Failed feeds:", ...s.feeds.failed.map((f) => `  ${f.url}\n    ${f.error}`));
  }
  if (s.failedJobs.length > 0) {
    lines.push("", "Failed jobs (kept in the failed set; see `claimwatch status`):", ...s.failedJobs.map((j) => `  ${j.queue} ${j.id}: ${j.error}`));
  }
  return `${lines.join("\n")}\n`;
}
