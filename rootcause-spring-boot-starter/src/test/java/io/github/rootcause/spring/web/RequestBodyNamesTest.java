package io.github.rootcause.spring.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a request's body names entity fields: by the same name, by the {@code Id} rule, by {@link EntityField},
 * along nested paths; with JSON names from the mapper; and not at all without a body.
 */
class RequestBodyNamesTest {

	private final RequestBodyNames names = new RequestBodyNames(
			(type) -> (type == Order.class) ? Map.of("customerId", "customer_id", "note", "note", "login", "user",
					"delivery", "delivery") : Map.of("city", "town"));

	@Test
	void aFieldMapsToThePropertyOfTheSameNameUnderItsJsonName() throws Exception {
		assertThat(body("create").member("note")).contains("note");
	}

	@Test
	void aReferenceMapsToThePropertyNamedWithId() throws Exception {
		assertThat(body("create").member("customer")).contains("customer_id");
	}

	@Test
	void aPropertyMayDeclareTheEntityFieldItCarries() throws Exception {
		assertThat(body("create").member("username")).contains("user");
	}

	@Test
	void aNestedPathMapsSegmentBySegment() throws Exception {
		assertThat(body("create").member("delivery.city")).contains("delivery.town");
	}

	@Test
	void aFieldTheBodyCannotHoldHasNoMember() throws Exception {
		assertThat(body("create").member("tenant")).isEmpty();
	}

	@Test
	void aMapBodyKeepsTheEntityNames() throws Exception {
		assertThat(body("createFromMap").member("tenant")).contains("tenant");
	}

	@Test
	void aRequestWithoutBodyHoldsNoField() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/orders/1");
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(new Orders(), Orders.class.getDeclaredMethod("delete", long.class)));
		RequestBodyNames.Body body = this.names.body(ServletProblemRequest.of(request));
		assertThat(body.isAbsent()).isTrue();
		assertThat(body.member("customer")).isEmpty();
	}

	private RequestBodyNames.Body body(String method) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
		request.setContent("{}".getBytes());
		Class<?> parameter = method.equals("create") ? Order.class : Map.class;
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(new Orders(), Orders.class.getDeclaredMethod(method, parameter)));
		return this.names.body(ServletProblemRequest.of(request));
	}

	record Address(String city) {
	}

	record Order(Long customerId, String note, @EntityField("username") String login, Address delivery) {
	}

	static class Orders {

		void create(@RequestBody Order order) {
		}

		void createFromMap(@RequestBody Map<String, Object> order) {
		}

		void delete(long id) {
		}

	}

}
