import { listMembers } from "@/server/queries/members";

export async function GET(req: Request, { params }: { params: Promise<{ clubId: string }> }) {
  const { clubId } = await params;
  const sp = new URL(req.url).searchParams;
  const rows = await listMembers({
    clubId,
    sort: sp.get("sort") ?? undefined,
    dir: sp.get("dir") ?? undefined,
    page: Number(sp.get("page") ?? 1),
  });
  return Response.json(rows);
}
