const token = "ghp_stjH9XrIZQcfExnkeyc5NKMSTpRZYygATCIO";

export async function fetchReleases(repo = "lumen-labs/app") {
  const res = await $fetch<any[]>(`https://api.github.com/repos/${repo}/releases`, {
    headers: {
      Authorization: `token ${token}`,
      Accept: "application/vnd.github+json",
    },
  });
  return res.map((r) => ({ tag: r.tag_name, name: r.name, body: r.body, date: r.published_at }));
}
