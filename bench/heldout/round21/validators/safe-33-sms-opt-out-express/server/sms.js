const express = require("express");
const twilio = require("twilio");
const { pool } = require("./db");

const router = express.Router();

router.post(
  "/twilio/sms",
  express.urlencoded({ extended: false }),
  twilio.webhook(process.env.TWILIO_AUTH_TOKEN, { url: process.env.PUBLIC_URL + "/twilio/sms" }),
  async (req, res) => {
    const answer = String(req.body.Body || "").trim().toUpperCase();
    if (answer === "STOP") {
      await pool.query("update contacts set sms_opt_out = true where phone = $1", [req.body.From]);
    }
    const twiml = new twilio.twiml.MessagingResponse();
    twiml.message(answer === "STOP" ? "You will not get more reminders." : "Thanks!");
    res.type("text/xml").send(twiml.toString());
  },
);

module.exports = router;
