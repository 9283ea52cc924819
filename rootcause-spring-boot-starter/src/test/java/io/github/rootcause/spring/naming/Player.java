package io.github.rootcause.spring.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;

/** A player of a club; every constraint is named here, one of them in mixed case. */
@Entity
@Table(name = "player", uniqueConstraints = { @UniqueConstraint(name = "uq_player_email", columnNames = "email"),
		@UniqueConstraint(name = "uq_Player_Nickname", columnNames = "nickname") })
@Check(name = "ck_player_age", constraints = "age >= 0")
class Player {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, length = 100)
	String email;

	@Column(length = 40)
	String nickname;

	@Column(nullable = false, length = 100)
	String name;

	Integer age;

	@ManyToOne
	@JoinColumn(name = "club_id", foreignKey = @ForeignKey(name = "fk_player_club"))
	Club club;

}
