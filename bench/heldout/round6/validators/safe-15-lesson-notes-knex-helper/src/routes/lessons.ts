import { Router } from "express";
import { requireUser } from "../auth/requireUser";
import { getLessonNotes } from "../data/lessons";

export const lessons = Router();

lessons.get("/lessons/:lessonId/notes", requireUser, async (req, res) => {
  const notes = await getLessonNotes(req.params.lessonId, req.user!.id);
  res.json(notes);
});
