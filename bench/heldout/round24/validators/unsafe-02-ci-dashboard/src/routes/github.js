const express = require("express");
const db = require("../db");

const router = express.Router();

router.post("/github", express.json(), async (req, res) => {
  const signature = req.get("x-hub-signature-256");
  if (!signature) return res.status(401).send("no signature");

  const event = req.get("x-github-event");
  if (event === "deployment_status") {
    const { deployment, deployment_status, repository } = req.body;
    await db("deployments")
      .insert({
        repo: repository.full_name,
        sha: deployment.sha,
        environment: deployment.environment,
        state: deployment_status.state,
      })
      .onConflict(["repo", "sha", "environment"])
      .merge();
  }
  res.sendStatus(204);
});

module.exports = router;
