"use server";

import { z } from "zod";
import { actionClient } from "@/lib/safe-action";
import { db } from "@/db";
import { attendees } from "@/db/schema";

const schema = z.object({
  eventId: z.string().uuid(),
  userId: z.string().uuid(),
  plusOnes: z.number().int().min(0).max(3),
});

export const addAttendee = actionClient
  .schema(schema)
  .action(async ({ parsedInput }) => {
    const [row] = await db.insert(attendees).values(parsedInput).returning();
    return { id: row.id };
  });
