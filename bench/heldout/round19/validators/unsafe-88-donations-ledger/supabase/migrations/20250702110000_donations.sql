create table public.donations (
  id uuid primary key default gen_random_uuid(),
  donor_id uuid references auth.users (id),
  donor_email text not null,
  amount_cents integer not null,
  message text,
  created_at timestamptz default now()
);

alter table public.donations enable row level security;

create policy "Donors see own donations" on public.donations
  for select using (auth.uid() = donor_id);

create policy "Edit donation message" on public.donations
  for update to public
  using (true)
  with check (true);
