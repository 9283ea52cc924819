package io.github.rootcause.spring.existing;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The clinic's MyBatis mapper for owners, found by MyBatis's starter and run through its {@code SqlSessionTemplate}.
 */
@Mapper
interface OwnerMapper {

	@Insert("insert into owner (first_name, last_name, telephone) values (#{firstName}, #{lastName}, #{telephone})")
	void insert(@Param("firstName") String firstName, @Param("lastName") String lastName,
			@Param("telephone") String telephone);

}
