import { error } from "@sveltejs/kit";
import type { PageServerLoad } from "./$types";
import { db } from "$lib/server/db";

export const load: PageServerLoad = async ({ params }) => {
  const post = await db.post.findUnique({
    where: { id: params.id },
    select: { id: true, title: true, body: true, author: { select: { name: true } } },
  });
  if (!post) throw error(404, "Not found");
  return { post };
};
