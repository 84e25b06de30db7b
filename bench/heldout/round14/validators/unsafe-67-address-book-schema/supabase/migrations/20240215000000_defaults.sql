alter default privileges in schema public grant all on tables to anon;
alter default privileges in schema public grant all on sequences to anon;

create table public.user_addresses (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users(id),
  line1 text not null,
  city text not null,
  postcode text not null
);
