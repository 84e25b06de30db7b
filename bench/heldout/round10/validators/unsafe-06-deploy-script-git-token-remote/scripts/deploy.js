#!/usr/bin/env node
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const REMOTE = "https://x-access-token:ghp_hnfodJEYBpi6EmvZZrOl75QHpX9Q9UIFl3Jw@github.com/acme-studio/status-page.git";
const BRANCH = process.env.DEPLOY_BRANCH || "gh-pages";
const OUT = path.join(__dirname, "..", "dist");

function git(args, cwd = OUT) {
  return execFileSync("git", args, { cwd, stdio: "inherit" });
}

function main() {
  console.log(`Deploying ${OUT} to ${BRANCH}…`);
  git(["init", "-q"]);
  git(["checkout", "-q", "-B", BRANCH]);
  git(["add", "-A"]);
  git(["-c", "user.name=deploy-bot", "-c", "user.email=deploy@acme.studio", "commit", "-q", "-m", `Deploy ${new Date().toISOString()}`]);
  git(["push", "-q", "-f", REMOTE, BRANCH]);
  console.log("Done.");
}

main();
