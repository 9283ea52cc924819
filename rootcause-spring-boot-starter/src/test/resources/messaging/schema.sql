-- The message listener scenarios (RabbitMQ and Kafka), on H2 and PostgreSQL alike: an inbox of message ids
-- (duplicate deliveries), customers (a business duplicate, a missing name) and their orders (a child event before its
-- parent). Each test class starts an application of its own on its database: it starts afresh.
drop table if exists purchase_order cascade;
drop table if exists customer cascade;
drop table if exists inbox cascade;
create table inbox (
	message_id varchar(100) not null,
	constraint uq_inbox_message_id unique (message_id)
);
create table customer (
	id integer primary key,
	email varchar(100) not null,
	name varchar(50) not null,
	constraint uq_customer_email unique (email)
);
create table purchase_order (
	id integer primary key,
	customer_id integer not null,
	constraint fk_order_customer foreign key (customer_id) references customer (id)
);
