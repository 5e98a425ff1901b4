import { cleanText } from "./escape-html.ts";

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "2025-05" -> "May 2025", "2025-06-12T08:00:00Z" -> "12 June 2025", "2025" -> "2025"; the
 * calendar date as written, without shifting time zones. Anything else is shown as given
 * (cleaned); null stays null.
 */
export function formatDate(date: string | null | undefined): string | null {
  const text = cleanText(date);
  if (text === "") return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (month && !monthName) return text;
  if (!monthName) return year ?? text;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
