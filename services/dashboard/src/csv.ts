// CSV for spreadsheets. Article text is attacker-controlled, and a cell that starts with = + - @
// (or a tab or carriage return) is run as a formula by Excel, LibreOffice and Google Sheets:
// such text cells get a leading apostrophe, which those programs show as plain text.
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** One CSV cell: numbers as numbers, dates as ISO 8601, text guarded and quoted when needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (!(value instanceof Date) && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export function csvRow(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
