import { execSync } from "node:child_process";

export default function handler(req, res) {
  const host = req.query.host || "example.com";
  try {
    const out = execSync(`ping -c 3 ${host}`, { timeout: 10000 }).toString();
    const m = out.match(/time=([\d.]+) ms/);
    res.status(200).json({ host, up: true, latencyMs: m ? Number(m[1]) : null });
  } catch {
    res.status(200).json({ host, up: false });
  }
}
