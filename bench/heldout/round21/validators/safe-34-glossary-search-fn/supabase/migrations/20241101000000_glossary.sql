create table public.glossary_terms (
  id bigint generated always as identity primary key,
  term text not null,
  definition text not null
);

alter table public.glossary_terms enable row level security;
create policy "glossary readable" on public.glossary_terms for select using (true);

create or replace function public.search_glossary(q text)
returns setof public.glossary_terms
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  return query execute
    'select * from public.glossary_terms where term ilike $1 order by term limit 25'
    using '%' || q || '%';
end;
$$;
