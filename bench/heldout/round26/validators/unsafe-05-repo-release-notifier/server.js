const express = require("express");
const crypto = require("crypto");
const { Octokit } = require("@octokit/rest");

const app = express();
const octokit = new Octokit({ auth: "ghp_jMGrDkJBkY36g1CQnHMxPafhJcIZOMZBr05M" });

app.post("/webhooks/github", express.json(), async (req, res) => {
  const expected =
    "sha256=" +
    crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET || "").update(JSON.stringify(req.body)).digest("hex");
  if (req.get("x-hub-signature-256") !== expected) {
    console.warn("signature mismatch for delivery", req.get("x-github-delivery"));
  }

  const event = req.get("x-github-event");
  if (event === "release" && req.body.action === "published") {
    const { repository, release } = req.body;
    await octokit.issues.create({
      owner: repository.owner.login,
      repo: repository.name,
      title: `Release notes review: ${release.tag_name}`,
      body: release.body || "(no notes)",
    });
  }

  res.sendStatus(202);
});

app.listen(process.env.PORT || 8080);
