import { exec } from "node:child_process";
import { promisify } from "node:util";
import express from "express";
import multer from "multer";

const run = promisify(exec);
const upload = multer({ dest: "/tmp/uploads" });
export const router = express.Router();

router.post("/resize", upload.single("photo"), async (req, res) => {
  const width = req.body.width || "800";
  const input = req.file!.path;
  const output = `/tmp/out/${req.file!.originalname}`;
  await run(`convert ${input} -resize ${width}x ${output}`);
  res.download(output);
});
