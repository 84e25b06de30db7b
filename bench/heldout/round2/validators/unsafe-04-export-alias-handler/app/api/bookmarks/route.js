import { NextResponse } from "next/server";
import { db } from "@/lib/db";

const handler = async (req) => {
  if (req.method === "POST") {
    const { url, title, tags = [] } = await req.json();
    const { data, error } = await db.from("bookmarks").insert({ url, title, tags }).select();
    if (error) return NextResponse.json({ error: error.message }, { status: 500 });
    return NextResponse.json(data[0], { status: 201 });
  }

  if (req.method === "PUT") {
    const { id, ...rest } = await req.json();
    const { data, error } = await db.from("bookmarks").update(rest).eq("id", id).select();
    if (error) return NextResponse.json({ error: error.message }, { status: 500 });
    return NextResponse.json(data[0]);
  }

  return NextResponse.json({ error: "Method not allowed" }, { status: 405 });
};

export { handler as POST, handler as PUT };
