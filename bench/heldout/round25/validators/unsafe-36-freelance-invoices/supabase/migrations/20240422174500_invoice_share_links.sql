alter table public.invoices add column share_token text unique default encode(gen_random_bytes(12), 'hex');

drop policy if exists "shared invoices readable" on public.invoices;

create policy "shared invoices readable" on public.invoices
  for select to anon, authenticated
  using (true);
