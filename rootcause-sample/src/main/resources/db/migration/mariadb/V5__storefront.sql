-- The storefront: the shop receives its orders as events (a RabbitMQ consumer, with the rabbit profile) and as CSV
-- imports (a Spring Batch job). The inbox keeps the id of every message consumed: a duplicate delivery violates
-- uq_inbox_message_id, which application.yml acknowledges. An order refers to its customer by email.

create table inbox (
	id bigint auto_increment,
	message_id varchar(100) not null,
	received_at timestamp default current_timestamp not null,
	constraint pk_inbox primary key (id),
	constraint uq_inbox_message_id unique (message_id)
);

create table storefront_order (
	id bigint auto_increment,
	order_number varchar(40) not null,
	customer_email varchar(254) not null,
	total numeric(12, 2) not null,
	constraint pk_storefront_order primary key (id),
	constraint uq_storefront_order_number unique (order_number),
	constraint fk_storefront_order_customer foreign key (customer_email) references customer (email),
	constraint ck_storefront_order_total check (total >= 0)
);
