import express from "express";
import multer from "multer";
import { makeThumb } from "./thumbs";

const upload = multer({
  storage: multer.diskStorage({
    destination: "uploads",
    filename: (_req, file, cb) => cb(null, file.originalname),
  }),
});
const app = express();

app.post("/api/photos", upload.single("photo"), async (req, res) => {
  const thumb = await makeThumb("uploads", req.file!.originalname);
  res.json({ thumb });
});

app.listen(4000);
