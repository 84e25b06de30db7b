#!/usr/bin/env node
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const REMOTE = "https://github.com/acme-studio/status-page.git";
const BRANCH = process.env.DEPLOY_BRANCH || "gh-pages";
const OUT = path.join(__dirname, "..", "dist");
const token = process.env.GITHUB_TOKEN;

if (!token) {
  console.error("GITHUB_TOKEN is not set");
  process.exit(1);
}

const authHeader = "AUTHORIZATION: basic " + Buffer.from(`x-access-token:${token}`).toString("base64");

function git(args) {
  execFileSync("git", args, { cwd: OUT, stdio: ["ignore", "inherit", "inherit"] });
}

git(["init", "-q"]);
git(["checkout", "-q", "-B", BRANCH]);
git(["add", "-A"]);
git(["-c", "user.name=deploy-bot", "-c", "user.email=deploy@acme.studio", "commit", "-q", "-m", "Deploy"]);
git(["-c", `http.extraHeader=${authHeader}`, "push", "-q", "-f", REMOTE, BRANCH]);
console.log("Deployed to", BRANCH);
