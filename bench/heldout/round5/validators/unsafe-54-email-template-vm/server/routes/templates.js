const express = require("express");
const vm = require("vm");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

// Preview a campaign template: "Hi ${firstName}, your order ${orderId} ships today!"
router.post("/preview", requireAuth, (req, res) => {
  const { template, sample } = req.body;
  try {
    const rendered = vm.runInNewContext("`" + template + "`", { ...sample }, { timeout: 100 });
    res.json({ html: rendered });
  } catch (err) {
    res.status(400).json({ error: "Template error: " + err.message });
  }
});

module.exports = router;
