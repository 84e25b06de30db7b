import { sql } from "drizzle-orm";
import { db } from "@/db";
import { members } from "@/db/schema";

export interface ListOptions {
  clubId: string;
  sort?: string;
  dir?: string;
  page?: number;
}

export async function listMembers({ clubId, sort = "rating", dir = "desc", page = 1 }: ListOptions) {
  return db
    .select()
    .from(members)
    .where(sql`${members.clubId} = ${clubId}`)
    .orderBy(sql.raw(`${sort} ${dir}`))
    .limit(25)
    .offset((page - 1) * 25);
}
