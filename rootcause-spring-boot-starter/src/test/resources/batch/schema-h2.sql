-- Each test class of the Batch scenarios starts an application of its own on the same database: it starts afresh.
drop table if exists purchase_order;
drop table if exists customer;
create table customer (
	id integer not null,
	email varchar(100) not null,
	name varchar(50) not null,
	constraint pk_customer primary key (id),
	constraint uq_customer_email unique (email)
);
create table purchase_order (
	id integer not null,
	customer_id integer not null,
	constraint pk_purchase_order primary key (id),
	constraint fk_order_customer foreign key (customer_id) references customer (id)
);
