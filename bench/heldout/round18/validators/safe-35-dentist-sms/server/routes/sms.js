const express = require("express");
const twilio = require("twilio");
const { db } = require("../db");

const router = express.Router();

router.post("/sms/inbound", express.urlencoded({ extended: false }), async (req, res) => {
  const signature = req.header("X-Twilio-Signature") || "";
  const url = `${process.env.PUBLIC_BASE_URL}${req.originalUrl}`;
  if (!twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN, signature, url, req.body)) {
    return res.status(403).send("forbidden");
  }
  if (String(req.body.Body || "").trim().toUpperCase() === "STOP") {
    await db.query("update customers set sms_opt_in = false where phone = $1", [req.body.From]);
  }
  res.type("text/xml").send("<Response></Response>");
});

module.exports = router;
