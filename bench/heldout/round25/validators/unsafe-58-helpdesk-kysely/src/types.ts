export interface DB {
  tickets: {
    id: string;
    subject: string;
    status: string;
    priority: number;
    created_at: Date;
  };
}
