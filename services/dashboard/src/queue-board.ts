import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Queue } from "bullmq";
import type { Hono, MiddlewareHandler } from "hono";
import { html } from "./pages/escape-html.ts";
import { renderLayout } from "./pages/layout.ts";

export const QUEUE_BOARD_PATH = "/admin/queues";

/**
 * Bull Board, read-only, under /admin/queues (behind the dashboard's token like everything
 * else). Its scripts and styles come from @bull-board/ui in node_modules, not from a CDN.
 * Without queues (no Redis in this process) the path explains why there is no board.
 */
export function mountQueueBoard(app: Hono, queues: Queue[], opts: { signedIn: boolean }): void {
  if (queues.length === 0) {
    const body = html`<h1>Queues</h1><p class="note">No Redis in this process: jobs run in-process, so there is no queue board.</p>`;
    const page = renderLayout({ title: "queues", section: "none", body, signedIn: opts.signedIn });
    app.get(QUEUE_BOARD_PATH, (c) => c.html(page));
    app.get(`${QUEUE_BOARD_PATH}/*`, (c) => c.html(page));
    return;
  }
  app.use(QUEUE_BOARD_PATH, withoutRemoteFonts);
  app.use(`${QUEUE_BOARD_PATH}/*`, withoutRemoteFonts);
  const adapter = new HonoAdapter(serveStatic);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: true })),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: "claimwatch queues" } },
  });
  adapter.setBasePath(QUEUE_BOARD_PATH);
  app.route(QUEUE_BOARD_PATH, adapter.registerPlugin());
  // The board's entry page is the bare path; its own links and reloads may add the slash.
  app.get(`${QUEUE_BOARD_PATH}/`, (c) => c.redirect(QUEUE_BOARD_PATH, 302));
}

/**
 * Bull Board's page links Google Fonts; the dashboard may run without internet and its CSP would
 * block the link anyway, so the link is dropped and the board falls back to system fonts.
 */
const withoutRemoteFonts: MiddlewareHandler = async (c, next) => {
  await next();
  if (!(c.res.headers.get("content-type") ?? "").includes("text/html")) return;
  const page = await c.res.text();
  c.res = new Response(page.replace(/<link[^>]*href="https?:\/\/[^"]*"[^>]*>/g, ""), c.res);
};
