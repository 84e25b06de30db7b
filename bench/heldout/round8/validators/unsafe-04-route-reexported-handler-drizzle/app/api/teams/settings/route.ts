import { NextResponse } from "next/server";
import { db } from "@/db";
import { teamSettings } from "@/db/schema";

type Body = { teamId: string; billingEmail: string; seats: number };

async function handler(req: Request) {
  const body = (await req.json()) as Body;

  await db
    .insert(teamSettings)
    .values({ teamId: body.teamId, billingEmail: body.billingEmail, seats: body.seats })
    .onConflictDoUpdate({
      target: teamSettings.teamId,
      set: { billingEmail: body.billingEmail, seats: body.seats },
    });

  return NextResponse.json({ saved: true });
}

export { handler as POST, handler as PUT };
