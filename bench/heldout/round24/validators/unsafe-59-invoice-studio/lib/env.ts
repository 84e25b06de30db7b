export const publicEnv = (name: string) => process.env[`NEXT_PUBLIC_${name}`] ?? "";
