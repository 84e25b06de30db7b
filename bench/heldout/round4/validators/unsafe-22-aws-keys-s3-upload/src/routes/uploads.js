import { Router } from "express";
import { createUploadUrl } from "../lib/s3.js";
import { requireUser } from "../middleware/requireUser.js";

const router = Router();

router.post("/uploads/presign", requireUser, async (req, res) => {
  const { contentType } = req.body;
  if (!["image/jpeg", "image/png", "image/webp"].includes(contentType)) {
    return res.status(400).json({ error: "Unsupported file type" });
  }
  res.json(await createUploadUrl(contentType));
});

export default router;
