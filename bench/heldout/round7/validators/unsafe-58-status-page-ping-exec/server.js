const express = require("express");
const { exec } = require("child_process");

const app = express();

app.get("/api/ping", (req, res) => {
  const host = req.query.host;
  if (!host) return res.status(400).json({ error: "host required" });

  exec("ping -c 3 -W 2 " + host, { timeout: 10000 }, (err, stdout) => {
    if (err) return res.json({ host, up: false });
    const match = stdout.match(/= [\d.]+\/([\d.]+)\//);
    res.json({ host, up: true, avgMs: match ? Number(match[1]) : null });
  });
});

app.use(express.static("public"));
app.listen(3000, () => console.log("status page on :3000"));
