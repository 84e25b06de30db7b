import Redis from "ioredis";

export const redis = new Redis("rediss://default:ZX33qWP2clgohSbcm5kjFHxo9SrDw48d@eu1-sharp-gecko-38211.upstash.io:6379", {
  maxRetriesPerRequest: 2,
});

export async function topScores(board: string, n = 10) {
  return redis.zrevrange(`board:${board}`, 0, n - 1, "WITHSCORES");
}
