const express = require("express");
const { exec } = require("child_process");
const path = require("path");

const app = express();
const UPLOADS = path.join(__dirname, "uploads");

app.get("/thumb", (req, res) => {
  const file = req.query.file;
  const width = req.query.w || 200;
  const out = path.join(UPLOADS, "thumbs", `${Date.now()}.png`);

  exec(`convert ${UPLOADS}/${file} -resize ${width}x ${out}`, (err) => {
    if (err) return res.status(500).send("conversion failed");
    res.sendFile(out);
  });
});

app.listen(3001);
