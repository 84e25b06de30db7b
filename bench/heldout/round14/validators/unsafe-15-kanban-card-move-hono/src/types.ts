export type AppEnv = {
  Variables: {
    user: { id: string; email: string } | null;
  };
};
