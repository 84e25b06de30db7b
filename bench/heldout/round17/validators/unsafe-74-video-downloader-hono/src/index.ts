import { Hono } from "hono";
import { spawn } from "node:child_process";

const app = new Hono();

app.post("/api/download", async (c) => {
  const { url, format } = await c.req.json<{ url: string; format?: string }>();
  const fmt = format ?? "mp4";
  const child = spawn("sh", ["-c", `yt-dlp -f ${fmt} -o downloads/%(id)s.%(ext)s ${url}`]);
  const code: number = await new Promise((resolve) => child.on("close", resolve));
  return code === 0 ? c.json({ ok: true }) : c.json({ error: "download failed" }, 500);
});

export default app;
