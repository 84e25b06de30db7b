"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { createClient } from "@/lib/supabase/server";

const CouponInput = z.object({ code: z.string().min(3).max(32), percentOff: z.number().int().min(1).max(100) });

export async function createCoupon(input: z.infer<typeof CouponInput>) {
  const supabase = createClient();
  await supabase.auth.getUser();
  const data = CouponInput.parse(input);
  await prisma.coupon.create({ data: { code: data.code.toUpperCase(), percentOff: data.percentOff } });
  revalidatePath("/dashboard/coupons");
}
