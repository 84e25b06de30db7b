const express = require("express");
const { pool } = require("../db");

const router = express.Router();

router.post("/twilio/status", express.urlencoded({ extended: false }), async (req, res) => {
  const { MessageSid, MessageStatus, ErrorCode } = req.body;

  await pool.query(
    "update outbound_sms set status = $1, error_code = $2, updated_at = now() where twilio_sid = $3",
    [MessageStatus, ErrorCode || null, MessageSid]
  );

  if (MessageStatus === "delivered") {
    await pool.query("update appointments set reminder_sent = true where sms_sid = $1", [MessageSid]);
  }

  res.type("text/xml").send("<Response></Response>");
});

module.exports = router;
