import { and, eq, sql } from "drizzle-orm";
import { db } from "./db";
import { issues } from "./db/schema";

export async function listIssues(projectId: string, label?: string | null) {
  const where = [eq(issues.projectId, projectId)];
  if (label) {
    where.push(sql`${label} = any(${issues.labels})`);
  }
  return db.select().from(issues).where(and(...where)).orderBy(issues.createdAt);
}
