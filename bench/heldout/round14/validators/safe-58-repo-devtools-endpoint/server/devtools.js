import { spawn } from "node:child_process";

const COMMANDS = {
  status: ["status", "--porcelain"],
  log: ["log", "--oneline", "-n", "20"],
  branch: ["branch", "--show-current"],
};

export function runGit(req, res) {
  const name = String(req.params.command);
  const args = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : null;
  if (!args) return res.status(404).json({ error: "unknown command" });
  const child = spawn("git", args, { cwd: process.env.REPO_DIR, shell: false });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.on("close", (code) => res.json({ code, out }));
}
