-- Add client email. Row level security stays enabled; existing policies cover the new column.
alter table public.invoices add column client_email text;
create index invoices_user_idx on public.invoices (user_id);
