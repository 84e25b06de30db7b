create table public.clients (
  id uuid primary key default gen_random_uuid(),
  user_id uuid unique references auth.users (id),
  name text not null,
  phone text
);

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id),
  starts_at timestamptz not null,
  design_notes text
);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  appointment_id uuid not null references public.appointments (id),
  client_id uuid not null references public.clients (id),
  amount_cents integer not null,
  card_brand text,
  card_last4 text,
  paid_at timestamptz default now()
);

alter table public.clients enable row level security;
alter table public.appointments enable row level security;

create policy "client sees self" on public.clients for select using (user_id = auth.uid());
create policy "client sees appointments" on public.appointments for select
  using (client_id in (select c.id from public.clients c where c.user_id = auth.uid()));
