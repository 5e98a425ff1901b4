import { html, type SafeHtml } from "./escape-html.ts";

export type Section = "claims" | "coverage" | "health" | "none";

const sections: { id: Section; href: string; label: string }[] = [
  { id: "claims", href: "/", label: "Claims" },
  { id: "coverage", href: "/coverage", label: "Coverage" },
  { id: "health", href: "/health", label: "Health" },
];

/** The page shell: navigation, one stylesheet served by the dashboard, no script at all. */
export function renderLayout(opts: { title: string; section: Section; body: SafeHtml; signedIn?: boolean }): string {
  const nav = sections.map((s) => html`<a href="${s.href}"${s.id === opts.section ? html` aria-current="page"` : ""}>${s.label}</a>`);
  const signOut = opts.signedIn ? html`<form method="post" action="/logout"><button class="link" type="submit">Sign out</button></form>` : "";
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>claimwatch: ${opts.title}</title>
<link rel="stylesheet" href="/assets/dashboard.css"></head>
<body><header class="top"><strong>claimwatch</strong><nav>${nav}<a href="/admin/queues">Queues</a></nav>${signOut}</header>
<main>${opts.body}</main></body></html>`.text;
}
