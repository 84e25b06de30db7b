const express = require("express");
const { triggerDeploy } = require("../deploy");

const router = express.Router();

router.post("/github", express.json(), async (req, res) => {
  const signature = req.get("x-hub-signature-256");
  if (!signature) return res.status(401).send("missing signature");

  const event = req.get("x-github-event");
  if (event === "push" && req.body.ref === "refs/heads/main") {
    await triggerDeploy({ repo: req.body.repository.full_name, sha: req.body.after });
  }
  res.status(202).send("ok");
});

module.exports = router;
