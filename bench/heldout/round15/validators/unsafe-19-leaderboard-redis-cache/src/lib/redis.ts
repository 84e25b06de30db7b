import Redis from "ioredis";

export const redis = new Redis(
  process.env.REDIS_URL || "redis://default:bMkDWfiyPRvxU6GHnc9hwFvgLoqt3Nxl@redis-16700.c239.us-east-1-2.ec2.cloud.redislabs.com:19019",
  { maxRetriesPerRequest: 2 }
);

export async function topScores(board: string, n = 10) {
  const raw = await redis.zrevrange(`lb:${board}`, 0, n - 1, "WITHSCORES");
  const out: { player: string; score: number }[] = [];
  for (let i = 0; i < raw.length; i += 2) out.push({ player: raw[i], score: Number(raw[i + 1]) });
  return out;
}
