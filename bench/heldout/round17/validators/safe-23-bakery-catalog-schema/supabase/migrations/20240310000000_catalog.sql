create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  price_cents integer not null check (price_cents >= 0),
  active boolean not null default true
);
alter table public.products enable row level security;

revoke all on public.products from anon;
grant select on public.products to anon, authenticated;

create policy "active products are public" on public.products for select using (active);

create or replace function public.is_shop_owner()
returns boolean language sql security definer set search_path = '' stable as $$
  select coalesce((select p.is_owner from public.profiles p where p.id = auth.uid()), false);
$$;

create policy "owner manages products" on public.products for all to authenticated
  using (public.is_shop_owner()) with check (public.is_shop_owner());
