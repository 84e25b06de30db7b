import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/prisma";

export async function POST(request: Request) {
  const supabase = await createClient();
  // make sure the session is fresh before we write anything
  await supabase.auth.getUser();

  const body = await request.json();
  const invoice = await prisma.invoice.create({
    data: {
      customerId: body.customerId,
      amountCents: Math.round(Number(body.amount) * 100),
      dueDate: new Date(body.dueDate),
      lineItems: { create: body.items ?? [] },
    },
  });

  return NextResponse.json(invoice, { status: 201 });
}
