const express = require("express");
const { exec } = require("child_process");
const path = require("path");

const app = express();
const UPLOADS = path.join(__dirname, "uploads");

app.get("/api/thumbnail", (req, res) => {
  const { file, size = "200x200" } = req.query;
  const out = path.join(UPLOADS, "thumbs", `${Date.now()}.jpg`);
  exec(`convert ${UPLOADS}/${file} -resize ${size} ${out}`, (err) => {
    if (err) return res.status(500).json({ error: "convert failed" });
    res.sendFile(out);
  });
});

app.listen(4000);
