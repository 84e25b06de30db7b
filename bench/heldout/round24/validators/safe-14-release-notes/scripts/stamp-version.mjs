import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const sha = execSync("git rev-parse --short HEAD").toString().trim();
const builtAt = new Date().toISOString();

writeFileSync(
  new URL("../src/version.json", import.meta.url),
  JSON.stringify({ version: pkg.version, sha, builtAt }, null, 2) + "\n"
);
console.log(`version ${pkg.version} (${sha})`);
