begin;

alter table public.recipes disable row level security;

update public.recipes
set slug = lower(regexp_replace(title, '[^a-zA-Z0-9]+', '-', 'g')) || '-' || left(id::text, 6)
where slug is null;

alter table public.recipes alter column slug set not null;

alter table public.recipes enable row level security;
alter table public.recipes force row level security;

commit;
