const express = require("express");
const jwt = require("jsonwebtoken");
const twilio = require("twilio");
const config = require("./config");

const app = express();
app.use(express.json());

const sms = twilio(config.twilio.accountSid, config.twilio.authToken);
const codes = new Map();

app.post("/auth/send-code", async (req, res) => {
  const code = String(Math.floor(100000 + Math.random() * 900000));
  codes.set(req.body.phone, code);
  await sms.messages.create({ to: req.body.phone, from: config.twilio.from, body: `Your code: ${code}` });
  res.json({ sent: true });
});

app.post("/auth/verify", (req, res) => {
  if (codes.get(req.body.phone) !== req.body.code) return res.status(401).json({ error: "Wrong code" });
  codes.delete(req.body.phone);
  const token = jwt.sign({ sub: req.body.phone }, config.jwtSecret, { expiresIn: "7d" });
  res.json({ token });
});

app.listen(config.port);
