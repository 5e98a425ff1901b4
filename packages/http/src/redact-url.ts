const secretParam = /^(.*[-_])?(key|apikey|api_key|token|access_token|secret|password|passwd|pass|sig|signature|auth|session|sid|code)$/i;

/**
 * The URL as it may appear in a message or log: user info dropped, values of query parameters
 * that look like credentials replaced by "redacted", capped at 300 characters.
 */
export function redactUrl(raw: string): string {
  let text = raw;
  try {
    const url = new URL(raw);
    url.username = "";
    url.password = "";
    for (const name of new Set(url.searchParams.keys())) {
      if (secretParam.test(name)) url.searchParams.set(name, "redacted");
    }
    text = url.toString();
  } catch {
    // Not a URL: still never echo control characters or a huge string into a log line.
    text = raw.replace(/[\u0000-\u001f\u007f]/g, "?");
  }
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
