import { prisma } from "@/lib/prisma";

async function handler(req: Request) {
  const { userId, displayName, bio, avatarUrl } = await req.json();
  const profile = await prisma.profile.update({
    where: { userId },
    data: { displayName, bio, avatarUrl },
  });
  return Response.json(profile);
}

export { handler as PUT };
