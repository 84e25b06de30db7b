import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/db";

async function handler(req: Request, ctx: { params: { teamId: string } }) {
  const session = await getServerSession(authOptions);
  const teamId = ctx.params.teamId;

  if (req.method === "GET") {
    if (!session) return Response.json({ error: "Sign in" }, { status: 401 });
    const settings = await prisma.teamSettings.findFirst({
      where: { teamId, team: { members: { some: { userId: session.user.id } } } },
    });
    return Response.json(settings);
  }

  if (req.method === "DELETE") {
    await prisma.teamSettings.delete({ where: { teamId } });
    return new Response(null, { status: 204 });
  }

  const data = await req.json();
  const updated = await prisma.teamSettings.update({ where: { teamId }, data });
  return Response.json(updated);
}

export { handler as GET, handler as PUT, handler as DELETE };
