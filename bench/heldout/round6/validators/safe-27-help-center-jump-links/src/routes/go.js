const router = require("express").Router();

const DESTINATIONS = {
  billing: "/settings/billing",
  docs: "https://docs.tidyhive.app",
  status: "https://status.tidyhive.app",
  community: "https://community.tidyhive.app",
};

router.get("/go/:key", (req, res) => {
  const target = DESTINATIONS[req.params.key];
  res.redirect(target ?? "/");
});

router.get("/logout", (req, res) => {
  req.session.destroy(() => res.redirect("/"));
});

module.exports = router;
