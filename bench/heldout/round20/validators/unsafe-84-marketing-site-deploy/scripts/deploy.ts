import { execFileSync } from "node:child_process";

const REPO = "https://ghp_EX7vRKrYPQhgdod2nPerph2W3wzZjnIitXU7@github.com/acme-labs/marketing-site.git";

export function deploy(branch = "main") {
  execFileSync("git", ["clone", "--depth", "1", "--branch", branch, REPO, "/tmp/site"], { stdio: "inherit" });
  execFileSync("npm", ["ci"], { cwd: "/tmp/site", stdio: "inherit" });
  execFileSync("npm", ["run", "build"], { cwd: "/tmp/site", stdio: "inherit" });
}

deploy(process.argv[2]);
