import Redis from "ioredis";

const redis = new Redis(process.env.REDIS_URL!);

const SLIDING_WINDOW = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
local count = redis.call('ZCARD', key)
if count >= limit then return 0 end
redis.call('ZADD', key, now, now)
redis.call('PEXPIRE', key, window)
return 1
`;

const IP_RE = /^[0-9a-fA-F:.]{3,45}$/;

export async function allow(ip: string, limit = 60, windowMs = 60_000): Promise<boolean> {
  const match = IP_RE.exec(ip);
  const id = match ? match[0] : "unknown";
  const ok = await redis.eval(SLIDING_WINDOW, 1, `rl:${id}`, Date.now(), windowMs, limit);
  return ok === 1;
}
