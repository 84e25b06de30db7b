import { Hono } from "hono";
import { postReminder } from "./slack";

const app = new Hono();

app.get("/health", (c) => c.text("ok"));

export default {
  fetch: app.fetch,
  async scheduled() {
    await postReminder(":wave: Stand-up in 10 minutes! Post your update in the thread.");
  },
};
