alter table public.ledger_entries add column category text;
comment on column public.ledger_entries.category is 'free-form category for reports; row level security unchanged';
