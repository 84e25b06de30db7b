import { Hono } from "hono";
import { Resend } from "resend";
import { neon } from "@neondatabase/serverless";

type Bindings = { DATABASE_URL: string; RESEND_API_KEY: string };

export const newsletter = new Hono<{ Bindings: Bindings }>();

newsletter.post("/broadcast", async (c) => {
  const { subject, html } = await c.req.json<{ subject: string; html: string }>();
  const sql = neon(c.env.DATABASE_URL);
  const resend = new Resend(c.env.RESEND_API_KEY);

  const subscribers = await sql`select email from subscribers where confirmed = true`;
  for (const batch of chunk(subscribers.map((s) => s.email as string), 50)) {
    await resend.batch.send(
      batch.map((to) => ({ from: "news@letters.example.com", to, subject, html }))
    );
  }
  await sql`insert into broadcasts (subject, sent_count) values (${subject}, ${subscribers.length})`;
  return c.json({ sent: subscribers.length });
});

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
