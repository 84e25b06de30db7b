const express = require("express");
const sgMail = require("@sendgrid/mail");
const { WebClient } = require("@slack/web-api");
const { requireAuth } = require("../middleware/requireAuth");
const db = require("../db");

const router = express.Router();
sgMail.setApiKey(process.env.SENDGRID_API_KEY);
const slack = new WebClient("xoxb-657253466576-9342595026413-mc4T9dE4Eru6CJnjsBTYX4PA");

router.post("/send", async (req, res) => {
  const { subject, html } = req.body;
  const { rows } = await db.query("select email from subscribers where confirmed = true");
  await sgMail.sendMultiple({
    to: rows.map((r) => r.email),
    from: "hello@crumbandcrust.shop",
    subject,
    html,
  });
  await db.query("insert into newsletter_log (subject, sent_to) values ($1, $2)", [subject, rows.length]);
  await slack.chat.postMessage({ channel: "#marketing", text: `Newsletter sent: ${subject}` });
  res.json({ sent: rows.length });
});

router.use(requireAuth);

router.get("/history", async (req, res) => {
  const { rows } = await db.query("select * from newsletter_log order by created_at desc limit 50");
  res.json(rows);
});

module.exports = router;
