create table customer (
	id bigint auto_increment primary key,
	email_address varchar(100),
	name varchar(20) not null,
	postcode varchar(10),
	constraint uq_customer_email unique (email_address),
	constraint ck_customer_postcode check (char_length(postcode) = 5)
);
create table purchase_order (
	id bigint auto_increment primary key,
	customer_id bigint not null,
	quantity int not null,
	gift_note varchar(50),
	constraint fk_order_customer foreign key (customer_id) references customer (id),
	constraint ck_order_quantity check (quantity > 0),
	constraint ck_order_gift_note check (char_length(gift_note) > 2)
);
create table club_member (
	id bigint auto_increment primary key,
	nickname varchar(50) not null,
	home_city varchar(30),
	constraint uq_member_nickname unique (nickname),
	constraint ck_member_city check (char_length(home_city) > 1)
);
