create table public.wines (
  id bigint generated always as identity primary key,
  name text not null,
  region text not null,
  vintage int,
  price_cents int not null
);

alter table public.wines enable row level security;

create policy "Wines are public"
  on public.wines for select
  using (true);

create or replace function public.search_wines(p_region text, p_max_price int default null)
returns setof public.wines
language plpgsql
stable
as $$
declare
  q text;
begin
  q := 'select * from public.wines where region = ''' || p_region || '''';
  if p_max_price is not null then
    q := q || ' and price_cents <= ' || p_max_price::text;
  end if;
  return query execute q || ' order by vintage desc nulls last limit 100';
end;
$$;
