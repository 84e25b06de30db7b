import { z } from "zod";

const Settings = z.object({
  theme: z.enum(["light", "dark", "system"]),
  weekStartsOn: z.union([z.literal(0), z.literal(1)]),
  currency: z.string().length(3),
});

export type Settings = z.infer<typeof Settings>;

export function importSettings(pasted: string): Settings | null {
  try {
    const parsed = JSON.parse(pasted);
    const result = Settings.safeParse(parsed);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
