const express = require("express");
const { exec } = require("node:child_process");

const router = express.Router();

router.post("/github", express.json(), (req, res) => {
  const event = req.get("x-github-event");
  const signature = req.get("x-hub-signature-256");
  console.log("github hook", event, signature);

  if (event !== "push") return res.status(204).end();

  const branch = req.body.ref.replace("refs/heads/", "");
  if (branch === "main" || branch.startsWith("release/")) {
    exec(`./scripts/deploy.sh ${branch}`, (err, stdout) => {
      if (err) console.error(err);
      else console.log(stdout);
    });
  }
  res.json({ deploying: branch });
});

module.exports = router;
