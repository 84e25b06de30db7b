alter table public.volunteers disable row level security;

insert into public.volunteers (full_name, email, shifts)
select full_name, email, shifts from public.legacy_volunteers_import;

drop table public.legacy_volunteers_import;
