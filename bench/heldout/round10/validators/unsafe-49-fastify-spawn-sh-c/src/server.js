import Fastify from "fastify";
import { spawn } from "node:child_process";

const app = Fastify({ logger: true });

function runShell(cmd) {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", cmd]);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(out))));
  });
}

app.get("/api/status/ping", async (request, reply) => {
  const host = request.query.host || "api.example.com";
  try {
    const output = await runShell(`ping -c 3 ${host}`);
    return { host, output };
  } catch (err) {
    reply.code(502);
    return { host, error: err.message };
  }
});

app.get("/api/status", async () => ({ ok: true, time: new Date().toISOString() }));

app.listen({ port: Number(process.env.PORT) || 3001, host: "0.0.0.0" });
