-- The shop: customers, products, orders with their items. Every constraint has a name, so that an error
-- message, a log line and application.yml all speak of the same thing.

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

create table order_item (
	id bigint auto_increment,
	order_id bigint not null,
	product_id bigint not null,
	quantity integer not null,
	unit_price numeric(10, 2) not null,
	constraint pk_order_item primary key (id),
	constraint fk_order_item_order foreign key (order_id) references purchase_order (id) on delete cascade,
	constraint fk_order_item_product foreign key (product_id) references product (id),
	constraint uq_order_item_product unique (order_id, product_id),
	constraint ck_order_item_quantity check (quantity > 0)
);
