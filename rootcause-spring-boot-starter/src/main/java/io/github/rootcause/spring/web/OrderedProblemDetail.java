package io.github.rootcause.spring.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.http.ProblemDetail;

/**
 * A problem whose standard members are written in the order RFC 9457 lists them, then its extension members in the
 * order they were set. Jackson 3 (Spring Boot 4) sorts properties alphabetically unless told an order, Jackson 2
 * (Spring Boot 3.5) writes them as declared: with the order fixed here, a client reads the same bytes from
 * rootcause on every Spring Boot line. The annotation is Jackson's shared one, which both versions read.
 */
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
final class OrderedProblemDetail extends ProblemDetail {

	private OrderedProblemDetail(int status) {
		super(status);
	}

	/**
	 * A problem with the given status.
	 * @param status the status
	 * @return the problem
	 */
	static ProblemDetail withStatus(int status) {
		return new OrderedProblemDetail(status);
	}

}
