const { Octokit } = require("@octokit/rest");

const octokit = new Octokit({ auth: "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" });

async function reportBug({ title, description, userEmail }) {
  const { data } = await octokit.issues.create({
    owner: "yogastudio",
    repo: "booking-app",
    title: `[user report] ${title}`.slice(0, 120),
    body: `${description}\n\nReported by: ${userEmail}`,
    labels: ["bug", "from-app"],
  });
  return data.html_url;
}

module.exports = { reportBug };
