"use server";

import { db } from "@/db";
import { products } from "@/db/schema";
import { and, eq, ilike } from "drizzle-orm";

export async function searchProducts(term: string) {
  const q = term.trim().slice(0, 64);
  if (!q) return [];
  return db
    .select({ id: products.id, name: products.name, price: products.priceCents })
    .from(products)
    .where(and(eq(products.published, true), ilike(products.name, `%${q}%`)))
    .limit(20);
}
