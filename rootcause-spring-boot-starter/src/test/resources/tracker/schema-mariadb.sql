create table tracker_user (
	id integer auto_increment primary key,
	username varchar(60) not null,
	constraint uq_tracker_user_username unique (username)
);
create table label (
	id integer auto_increment primary key,
	name varchar(60) not null,
	constraint uq_label_name unique (name)
);
create table issue (
	id integer auto_increment primary key,
	name varchar(100) not null,
	reporter_id integer not null,
	constraint uq_issue_name unique (name),
	constraint fk_issue_reporter foreign key (reporter_id) references tracker_user (id)
);
create table issue_label (
	issue_id integer not null,
	label_id integer not null,
	constraint pk_issue_label primary key (issue_id, label_id),
	constraint fk_issue_label_issue foreign key (issue_id) references issue (id),
	constraint fk_issue_label_label foreign key (label_id) references label (id)
);
create table issue_tag (
	issue_id integer not null,
	tag varchar(30) not null,
	constraint uq_issue_tag unique (issue_id, tag),
	constraint fk_issue_tag_issue foreign key (issue_id) references issue (id)
);
