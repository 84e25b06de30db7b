import { Octokit } from "@octokit/rest";
import { WebClient } from "@slack/web-api";

const octokit = new Octokit({ auth: "ghp_jUUv3SbopDHYVnOSlGJv6uK95JuAHHmbuyKq" });
const slack = new WebClient("xoxb-257237017518-2395180607097-f5ODtLSTKoZrQRPFIsePTXi0");

const [owner, repo] = ["acme-labs", "habitly"];
const { data: release } = await octokit.repos.getLatestRelease({ owner, repo });

await slack.chat.postMessage({
  channel: "#releases",
  text: `:rocket: ${release.name ?? release.tag_name} is out — ${release.html_url}`,
});
console.log("posted", release.tag_name);
