create table public.reviews (
  id bigint generated always as identity primary key,
  product_id bigint not null,
  user_id uuid not null references auth.users(id),
  rating smallint not null check (rating between 1 and 5),
  body text
);
