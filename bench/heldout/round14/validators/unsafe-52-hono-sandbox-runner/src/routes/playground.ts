import { Hono } from "hono";
import vm from "node:vm";

const playground = new Hono();

playground.post("/run", async (c) => {
  const { code } = await c.req.json<{ code: string }>();
  const logs: string[] = [];
  const context = vm.createContext({ console: { log: (...a: unknown[]) => logs.push(a.join(" ")) } });
  try {
    const result = vm.runInNewContext(code, context, { timeout: 1000 });
    return c.json({ result: String(result), logs });
  } catch (err) {
    return c.json({ error: (err as Error).message, logs }, 400);
  }
});

export default playground;
