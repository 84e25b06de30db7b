import { Hono } from "hono";
import { jwt } from "hono/jwt";
import postgres from "postgres";

type Env = { DATABASE_URL: string; JWT_SECRET: string };

const app = new Hono<{ Bindings: Env }>();

app.use("/api/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.get("/api/payslips/:id", async (c) => {
  const sql = postgres(c.env.DATABASE_URL);
  const id = c.req.param("id");
  const [payslip] = await sql`
    select id, employee_id, period, gross_cents, net_cents, pdf_path
    from payslips
    where id = ${id}
  `;
  if (!payslip) return c.json({ error: "not found" }, 404);
  return c.json(payslip);
});

export default app;
