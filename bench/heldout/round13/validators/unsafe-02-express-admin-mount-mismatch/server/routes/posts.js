const express = require("express");
const { prisma } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.use("/api/account", requireAuth);

router.get("/api/account/me", async (req, res) => {
  res.json({ user: req.user });
});

router.post("/api/posts", async (req, res) => {
  const { title, body, authorId } = req.body;
  const post = await prisma.post.create({ data: { title, body, authorId } });
  res.status(201).json(post);
});

router.put("/api/posts/:id", async (req, res) => {
  const post = await prisma.post.update({
    where: { id: req.params.id },
    data: { title: req.body.title, body: req.body.body },
  });
  res.json(post);
});

router.delete("/api/posts/:id", async (req, res) => {
  await prisma.post.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

module.exports = router;
