"use server";

import { prisma } from "@/lib/prisma";
import { revalidatePath } from "next/cache";

export async function addComputedColumn(sheetId: string, formData: FormData) {
  const name = String(formData.get("name") ?? "Computed");
  const formula = String(formData.get("formula") ?? "");

  const rows = await prisma.sheetRow.findMany({ where: { sheetId } });
  const compute = new Function("row", "Math", "return " + formula) as (
    row: Record<string, unknown>,
    math: Math
  ) => unknown;

  for (const row of rows) {
    const values = row.values as Record<string, unknown>;
    values[name] = compute(values, Math);
    await prisma.sheetRow.update({ where: { id: row.id }, data: { values } });
  }

  await prisma.sheetColumn.create({ data: { sheetId, name, formula } });
  revalidatePath(`/sheets/${sheetId}`);
}
