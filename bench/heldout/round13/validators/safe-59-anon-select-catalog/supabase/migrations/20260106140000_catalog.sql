create table public.categories (
  id serial primary key,
  name text not null unique
);

create table public.products (
  id uuid primary key default gen_random_uuid(),
  category_id int references public.categories (id),
  name text not null,
  price_cents integer not null check (price_cents >= 0),
  active boolean not null default true
);

alter table public.categories enable row level security;
alter table public.products enable row level security;

revoke all on public.products, public.categories from anon;
grant select on public.products, public.categories to anon;

create policy "categories readable" on public.categories for select to anon, authenticated using (true);
create policy "active products readable" on public.products for select to anon, authenticated using (active);
