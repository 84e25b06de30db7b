import { Octokit } from "@octokit/rest";
import { writeFileSync } from "node:fs";

const octokit = new Octokit({
  auth: "ghp_w1N7fqazxBtUahfLn2fHU6UFDtSnsjmB9xQe",
  userAgent: "kanban-release-notes/1.0",
});

const owner = "kanbanly";
const repo = "app";

const { data: releases } = await octokit.repos.listReleases({ owner, repo, per_page: 1 });
const since = releases[0]?.published_at ?? "2024-01-01T00:00:00Z";

const { data: pulls } = await octokit.pulls.list({
  owner,
  repo,
  state: "closed",
  sort: "updated",
  direction: "desc",
  per_page: 100,
});

const merged = pulls.filter((p) => p.merged_at && p.merged_at > since);
const lines = merged.map((p) => `- ${p.title} (#${p.number}) by @${p.user?.login}`);

writeFileSync("RELEASE_NOTES.md", `## Changes since ${since.slice(0, 10)}\n\n${lines.join("\n")}\n`);
console.log(`Wrote ${lines.length} entries`);
