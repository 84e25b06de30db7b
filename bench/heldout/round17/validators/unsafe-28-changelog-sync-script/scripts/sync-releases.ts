import { Octokit } from "@octokit/rest";
import { writeFile } from "node:fs/promises";

const octokit = new Octokit({ auth: "ghp_Ni1J3gRTKQusNlZT4XYdq3yeH2FGSJj7Dpqk" });

async function main() {
  const { data } = await octokit.repos.listReleases({ owner: "acme-labs", repo: "desktop-app", per_page: 20 });
  const entries = data.map((r) => ({ tag: r.tag_name, name: r.name, body: r.body, date: r.published_at }));
  await writeFile("content/changelog.json", JSON.stringify(entries, null, 2));
  console.log(`wrote ${entries.length} releases`);
}

main();
