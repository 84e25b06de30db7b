const express = require("express");
const { enqueueDeploy } = require("../jobs");

const router = express.Router();

router.post("/github", express.json(), async (req, res) => {
  const event = req.get("x-github-event");
  if (!event) return res.status(400).send("not a github event");

  if (event === "push" && req.body.ref === "refs/heads/main") {
    await enqueueDeploy({
      repo: req.body.repository.full_name,
      sha: req.body.after,
      pusher: req.body.pusher && req.body.pusher.name,
    });
  }
  res.status(202).send("queued");
});

module.exports = router;
