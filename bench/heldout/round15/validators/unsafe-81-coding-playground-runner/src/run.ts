import { Hono } from "hono";
import vm from "node:vm";

export const runner = new Hono();

runner.post("/api/run", async (c) => {
  const { code } = await c.req.json<{ code: string }>();
  const logs: string[] = [];
  const sandbox = {
    console: { log: (...args: unknown[]) => logs.push(args.map(String).join(" ")) },
  };

  try {
    const result = vm.runInNewContext(code, sandbox, { timeout: 1000 });
    return c.json({ result: String(result), logs });
  } catch (e) {
    return c.json({ error: (e as Error).message, logs }, 400);
  }
});
