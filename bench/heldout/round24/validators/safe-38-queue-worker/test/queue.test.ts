import { describe, it, expect } from "vitest";

const TEST_REDIS = "redis://localhost:6379/15";

describe("queue config", () => {
  it("uses a local database in tests", () => {
    expect(new URL(TEST_REDIS).hostname).toBe("localhost");
  });
});
