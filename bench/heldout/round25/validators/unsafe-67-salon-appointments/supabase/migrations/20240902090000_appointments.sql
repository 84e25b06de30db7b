create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid references auth.users (id),
  customer_phone text not null,
  stylist text not null,
  starts_at timestamptz not null,
  notes text
);

alter table public.appointments enable row level security;

create policy "customers see own appointments" on public.appointments
  for select to authenticated using (customer_id = (select auth.uid()));

grant all privileges on table public.appointments to anon, authenticated;
