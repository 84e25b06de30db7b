const express = require("express");
const { PrismaClient } = require("@prisma/client");
const requireAuth = require("../middleware/requireAuth");

const prisma = new PrismaClient();
const router = express.Router();

router.get("/", requireAuth, async (req, res) => {
  const projects = await prisma.project.findMany({ where: { ownerId: req.user.id } });
  res.json(projects);
});

router.post("/", async (req, res) => {
  const { name, description, ownerId } = req.body;
  const project = await prisma.project.create({
    data: { name, description, ownerId },
  });
  res.status(201).json(project);
});

module.exports = router;
