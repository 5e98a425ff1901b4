// Zone names V8 does not know but feeds in our languages use (Korean and Russian outlets).
const zoneOffsets: Record<string, string> = {
  KST: "+0900",
  JST: "+0900",
  MSK: "+0300",
  MSD: "+0400",
  CET: "+0100",
  CEST: "+0200",
  EET: "+0200",
  EEST: "+0300",
  BST: "+0100",
  WET: "+0000",
  WEST: "+0100",
  AEST: "+1000",
};

const minYear = 1990;
const maxYear = 2100;

function toDate(ms: number): Date | null {
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year >= minYear && year <= maxYear ? date : null;
}

/**
 * A feed date (RFC 822 as RSS writes it, ISO 8601 as Atom does, and the usual deviations) as a
 * Date, or null. A date and time without a zone is read as UTC, so the result does not depend
 * on the machine's time zone. Years outside 1990-2100 are treated as garbage.
 */
export function parseFeedDate(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  let text = value.trim().replace(/\s+/g, " ");
  if (text === "") return null;
  text = text.replace(/\b([A-Z]{3,4})$/, (zone) => zoneOffsets[zone] ?? zone);
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text = `${text.replace(" ", "T")}Z`;
  const direct = toDate(Date.parse(text));
  if (direct) return direct;
  // "Tuesday, 06 May 2025 ..." or a weekday that contradicts the date: drop the weekday.
  return toDate(Date.parse(text.replace(/^[A-Za-z]+,?\s*/, "")));
}
