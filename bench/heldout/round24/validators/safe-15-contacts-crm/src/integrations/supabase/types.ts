export type Database = {
  public: {
    Tables: {
      contacts: {
        Row: { id: string; owner_id: string; name: string; email: string | null };
        Insert: { id?: string; owner_id: string; name: string; email?: string | null };
        Update: { name?: string; email?: string | null };
      };
    };
  };
};
