const express = require("express");
const twilio = require("twilio");
const { pool } = require("../db");

const router = express.Router();

router.post("/sms/inbound", express.urlencoded({ extended: false }), async (req, res) => {
  const { From, Body, MessageSid } = req.body;
  await pool.query(
    "insert into inbound_sms (sid, from_number, body, customer_id) select $1, $2, $3, id from customers where phone = $2",
    [MessageSid, From, Body]
  );
  if (/^stop$/i.test(Body.trim())) {
    await pool.query("update customers set sms_opt_in = false where phone = $1", [From]);
  }
  const twiml = new twilio.twiml.MessagingResponse();
  twiml.message("Thanks, we got your message.");
  res.type("text/xml").send(twiml.toString());
});

module.exports = router;
