package io.github.rootcause.spring.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a request's body names entity fields: by the same name, by the JSON name, by the {@code Id} and {@code Ids}
 * rules, by {@link EntityField} (also on a constructor parameter), along nested paths; with JSON names from the
 * mapper; of the type a framework reads the body into when the handler does not declare it; and not at all without
 * a body.
 */
class RequestBodyNamesTest {

	private final Function<Class<?>, Map<String, String>> jsonNames = (type) -> {
		if (type == Order.class) {
			return Map.of("customerId", "customer_id", "note", "note", "login", "user", "delivery", "delivery",
					"title", "name", "labelIds", "label_ids");
		}
		return (type == Invitation.class) ? Map.of("address", "e_mail") : Map.of("city", "town");
	};

	private final RequestBodyNames names = new RequestBodyNames(this.jsonNames);

	@Test
	void aFieldMapsToThePropertyOfTheSameNameUnderItsJsonName() throws Exception {
		assertThat(body("create").member("note")).contains("note");
	}

	@Test
	void aReferenceMapsToThePropertyNamedWithId() throws Exception {
		assertThat(body("create").member("customer")).contains("customer_id");
	}

	/** {@code @JsonProperty("name") String title}: the client sends the member under the entity field's name. */
	@Test
	void aFieldMapsToThePropertyWhoseJsonNameIsTheFields() throws Exception {
		assertThat(body("create").member("name")).contains("name");
	}

	@Test
	void aCollectionMapsToThePropertyNamedLikeItsSingularWithIds() throws Exception {
		assertThat(body("create").member("labels")).contains("label_ids");
	}

	@Test
	void aPropertyMayDeclareTheEntityFieldItCarries() throws Exception {
		assertThat(body("create").member("username")).contains("user");
	}

	/** Where Kotlin puts a constructor property's annotation, and the only place for a parameter that is no property. */
	@Test
	void aConstructorParameterMayDeclareTheEntityFieldItCarries() throws Exception {
		assertThat(body("invite").member("email")).contains("e_mail");
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

	/** As Spring Data REST's controllers read the body: into the domain type of the {@code repository} variable. */
	@Test
	void aBodyTheHandlerReadsWithoutRequestBodyIsOfTheTypeTheBodyTypesName() throws Exception {
		RequestBodyNames names = new RequestBodyNames(this.jsonNames,
				(request) -> "orders".equals(request.pathVariable("repository")) ? Order.class : null);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
		request.setContent("{}".getBytes());
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("repository", "orders"));
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(new Orders(), Orders.class.getDeclaredMethod("save", Object.class)));
		assertThat(names.body(ServletProblemRequest.of(request)).member("customer")).contains("customer_id");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("repository", "unknown"));
		assertThat(names.body(ServletProblemRequest.of(request)).member("customer")).contains("customer");
	}

	private RequestBodyNames.Body body(String method) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
		request.setContent("{}".getBytes());
		Class<?> parameter = switch (method) {
			case "create" -> Order.class;
			case "invite" -> Invitation.class;
			default -> Map.class;
		};
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(new Orders(), Orders.class.getDeclaredMethod(method, parameter)));
		return this.names.body(ServletProblemRequest.of(request));
	}

	record Address(String city) {
	}

	record Order(Long customerId, String note, @EntityField("username") String login, Address delivery, String title,
			List<Long> labelIds) {
	}

	/** Read through its constructor, whose parameter {@code address} (JSON {@code e_mail}) is no property. */
	static final class Invitation {

		final String email;

		Invitation(@EntityField("email") String address) {
			this.email = address.toLowerCase(Locale.ROOT);
		}

	}

	static class Orders {

		void create(@RequestBody Order order) {
		}

		void invite(@RequestBody Invitation invitation) {
		}

		void createFromMap(@RequestBody Map<String, Object> order) {
		}

		void delete(long id) {
		}

		void save(Object readByTheFramework) {
		}

	}

}
