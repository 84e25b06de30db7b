import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { z } from "zod";

const InvoiceSchema = z.object({
  customerId: z.string().uuid(),
  lines: z.array(
    z.object({
      description: z.string().min(1),
      quantity: z.number().int().positive(),
      unitPrice: z.number().nonnegative(),
    })
  ),
  dueDate: z.string(),
});

export const POST = async (req: NextRequest) => {
  const parsed = InvoiceSchema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }

  const total = parsed.data.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);

  const invoice = await prisma.invoice.create({
    data: {
      customerId: parsed.data.customerId,
      dueDate: new Date(parsed.data.dueDate),
      total,
      lines: { create: parsed.data.lines },
    },
  });

  const session = await getServerSession(authOptions);
  if (!session?.user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  return NextResponse.json(invoice, { status: 201 });
};
