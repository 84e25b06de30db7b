import { Octokit } from "@octokit/rest";

export const octokit = new Octokit({ auth: "ghp_E6CMFyVMLKYchGz9YQcEdo7T4zD0E4D7Pkcj", userAgent: "release-bot/1.2" });

export async function latestRelease(owner: string, repo: string) {
  const { data } = await octokit.repos.getLatestRelease({ owner, repo });
  return { tag: data.tag_name, url: data.html_url, body: data.body ?? "" };
}
