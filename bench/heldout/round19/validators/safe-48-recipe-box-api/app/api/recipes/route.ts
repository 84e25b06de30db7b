import { NextResponse } from "next/server";
import { db } from "@/db";
import { recipes } from "@/db/schema";
import { requireUser, AuthError } from "@/lib/auth/require-user";

export async function POST(req: Request) {
  try {
    const user = await requireUser();
    const { title, ingredients, steps } = await req.json();
    const [recipe] = await db
      .insert(recipes)
      .values({ ownerId: user.id, title: String(title), ingredients, steps })
      .returning();
    return NextResponse.json(recipe, { status: 201 });
  } catch (err) {
    if (err instanceof AuthError) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    throw err;
  }
}
