import { Octokit } from "@octokit/rest";
import { WebClient } from "@slack/web-api";
import twilio from "twilio";

const octokit = new Octokit({ auth: "ghp_ZH6tRxkBALRrSqF6zwkYQoOF8eHQR5B0iSJt" });
const slack = new WebClient("xoxb-250558146969-9680444319551-IccErHG1rCpTraytUzJJgzRg");
const sms = twilio("ACaa74f2469a1e3087445f326eeaa0cdf9", "cd010a738eeb932d460717f4a1e29f49");

export async function announce(owner: string, repo: string) {
  const { data: release } = await octokit.repos.getLatestRelease({ owner, repo });
  await slack.chat.postMessage({ channel: "#releases", text: `${repo} ${release.tag_name} is out: ${release.html_url}` });
  await sms.messages.create({ to: process.env.ONCALL_PHONE!, from: process.env.TWILIO_FROM!, body: `Released ${release.tag_name}` });
}
