import { prisma } from "@/lib/prisma";

type Row = { player_id: string; display_name: string; rating: number; wins: number; losses: number };

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const sort = searchParams.get("sort") || "rating";
  const dir = searchParams.get("dir") === "asc" ? "ASC" : "DESC";
  const club = searchParams.get("club");

  let query =
    'SELECT p.id AS player_id, p.display_name, s.rating, s.wins, s.losses ' +
    'FROM "Player" p JOIN "Stats" s ON s.player_id = p.id';

  if (club) {
    query += " WHERE p.club_slug = '" + club + "'";
  }

  query += " ORDER BY " + sort + " " + dir + " LIMIT 50";

  const rows = await prisma.$queryRawUnsafe<Row[]>(query);

  return Response.json(
    rows.map((r, i) => ({ rank: i + 1, ...r })),
    { headers: { "Cache-Control": "s-maxage=30" } }
  );
}
