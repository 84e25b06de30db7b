import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: "ghp_1gaTKEphyIFPKzxQieRIeaJc8FNn0x8fVPxT" });

export async function createFeedbackIssue(title: string, body: string) {
  const { data } = await octokit.issues.create({
    owner: "acme-labs",
    repo: "feedback",
    title,
    body,
    labels: ["from-app"],
  });
  return data.html_url;
}
