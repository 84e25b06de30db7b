import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: "ghp_SOf7lPY6IrJ1KsLJrDV5IM4EHZ2AfnPlIzs5" });

export async function fetchRepoStats(owner: string, repo: string) {
  const { data } = await octokit.repos.get({ owner, repo });
  return { stars: data.stargazers_count, forks: data.forks_count, openIssues: data.open_issues_count };
}
