import { NextRequest, NextResponse } from "next/server";
import { ObjectId } from "mongodb";
import clientPromise from "@/lib/mongodb";

async function update(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const patch = await req.json();
  const db = (await clientPromise).db("status");
  await db.collection("incidents").updateOne(
    { _id: new ObjectId(id) },
    { $set: { title: patch.title, state: patch.state, updatedAt: new Date() } }
  );
  return NextResponse.json({ ok: true });
}

async function remove(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = (await clientPromise).db("status");
  await db.collection("incidents").deleteOne({ _id: new ObjectId(id) });
  return NextResponse.json({ ok: true });
}

export { update as PUT, remove as DELETE };
