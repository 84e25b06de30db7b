import { knex } from "./knex";

export async function getLessonNotes(lessonId: string, tutorId: string) {
  return knex("lesson_notes as n")
    .join("lessons as l", "l.id", "n.lesson_id")
    .where({ "l.id": lessonId, "l.tutor_id": tutorId })
    .select("n.id", "n.body", "n.created_at")
    .orderBy("n.created_at", "desc");
}
