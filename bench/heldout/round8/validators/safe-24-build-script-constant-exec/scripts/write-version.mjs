import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const sha = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
const date = execSync("git log -1 --format=%cI", { encoding: "utf8" }).trim();

writeFileSync(
  new URL("../public/version.json", import.meta.url),
  JSON.stringify({ sha, date, builtAt: new Date().toISOString() }, null, 2)
);
console.log(`version ${sha} (${date})`);
