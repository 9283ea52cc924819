-- The shop and the registrations. Every constraint has a name, so that a problem, a log line and application.yml
-- all speak of the same thing.
drop table if exists purchase_order;
drop table if exists customer;
drop table if exists product;
drop table if exists registration;

create table customer (
	id bigint auto_increment,
	email varchar(254) not null,
	name varchar(100) not null,
	constraint pk_customer primary key (id),
	constraint uq_customer_email unique (email)
);

create table product (
	id bigint auto_increment,
	sku varchar(40) not null,
	name varchar(100) not null,
	price numeric(10, 2) not null,
	constraint pk_product primary key (id),
	constraint uq_product_sku unique (sku),
	constraint ck_product_price check (price >= 0)
);

create table purchase_order (
	id bigint auto_increment,
	customer_id bigint not null,
	total numeric(12, 2) not null,
	constraint pk_purchase_order primary key (id),
	constraint fk_purchase_order_customer foreign key (customer_id) references customer (id)
);

create table registration (
	id bigint auto_increment,
	email varchar(254) not null,
	name varchar(100),
	constraint pk_registration primary key (id),
	constraint uq_registration_email unique (email),
	constraint ck_registration_email check (email like '%_@_%')
);
