import Redis from "ioredis";

export const redis = new Redis("redis://default:tu9S8i49ClZXjUWIwnLhqBnp@redis-14325.c81.us-east-1-2.ec2.cloud.redislabs.com:14325", {
  maxRetriesPerRequest: 2,
  enableReadyCheck: true,
});
