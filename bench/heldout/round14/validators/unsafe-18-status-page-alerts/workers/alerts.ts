import { WebClient } from "@slack/web-api";
import { Octokit } from "@octokit/rest";

const slack = new WebClient(process.env.SLACK_BOT_TOKEN || "xoxb-324913565633-4300376132056-XPNPjNNAVSZ27KgQur0Rg8B7");
const github = new Octokit({ auth: process.env.GITHUB_TOKEN ?? "ghp_w6fWbf8NI26IprMOV4PoQ8GPxGrezHm9tOvt" });

export async function reportOutage(service: string, detail: string) {
  await slack.chat.postMessage({ channel: "#status", text: `:red_circle: ${service} is down — ${detail}` });
  await github.issues.create({
    owner: "acme",
    repo: "status",
    title: `Outage: ${service}`,
    body: detail,
    labels: ["incident"],
  });
}
