import { Hono } from "hono";
import { sendReminder, notifyFrontDesk } from "./notify";
import { dueReminders } from "./reminders";

const app = new Hono();

app.post("/cron/reminders", async (c) => {
  if (c.req.header("x-cron-key") !== process.env.CRON_KEY) return c.text("forbidden", 403);
  const due = await dueReminders();
  for (const r of due) await sendReminder(r.phone, r.when);
  await notifyFrontDesk(`${due.length} reminders sent`);
  return c.json({ sent: due.length });
});

export default app;
