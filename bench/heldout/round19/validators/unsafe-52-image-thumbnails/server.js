const express = require("express");
const { exec } = require("child_process");
const path = require("path");

const app = express();
const UPLOADS = path.join(__dirname, "uploads");

app.get("/thumb", (req, res) => {
  const { file, w = "200" } = req.query;
  const out = path.join(UPLOADS, "thumbs", `${w}-${file}`);
  exec(`convert ${path.join(UPLOADS, file)} -resize ${w}x ${out}`, (err) => {
    if (err) return res.status(500).send("resize failed");
    res.sendFile(out);
  });
});

app.listen(3000);
