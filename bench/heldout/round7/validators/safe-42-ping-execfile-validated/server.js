const express = require("express");
const { execFile } = require("child_process");

const app = express();
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

app.get("/api/ping", (req, res) => {
  const host = String(req.query.host || "");
  if (!HOSTNAME.test(host)) return res.status(400).json({ error: "invalid host" });

  execFile("ping", ["-c", "3", "-W", "2", "--", host], { timeout: 10000 }, (err, stdout) => {
    if (err) return res.json({ host, up: false });
    res.json({ host, up: true, raw: stdout.split("\n").slice(-3).join("\n") });
  });
});

app.listen(3000);
