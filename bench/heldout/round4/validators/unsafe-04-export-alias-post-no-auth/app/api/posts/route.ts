import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";

const PostSchema = z.object({
  title: z.string().min(1).max(200),
  body: z.string().min(1),
  authorId: z.string().uuid(),
  published: z.boolean().default(false),
});

async function handler(req: Request) {
  const json = await req.json();
  const parsed = PostSchema.safeParse(json);
  if (!parsed.success) {
    return NextResponse.json({ errors: parsed.error.flatten() }, { status: 400 });
  }

  const post = await db
    .insertInto("posts")
    .values({
      title: parsed.data.title,
      body: parsed.data.body,
      author_id: parsed.data.authorId,
      published: parsed.data.published,
    })
    .returningAll()
    .executeTakeFirstOrThrow();

  return NextResponse.json(post, { status: 201 });
}

export { handler as POST };
