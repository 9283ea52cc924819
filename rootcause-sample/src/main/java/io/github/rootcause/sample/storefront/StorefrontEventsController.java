package io.github.rootcause.sample.storefront;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For trying the event consumer with {@code curl} (the {@code rabbit} profile only): {@code POST /events/{event}}
 * publishes the JSON body as the web store would ({@code customer-registered} or {@code order-placed}), and
 * {@code GET /events/dead-letters/next} takes the next message from the dead-letter queue (waiting up to 5 seconds)
 * and answers its routing key and rootcause's headers, or 204 when there is none.
 */
@RestController
@Profile("rabbit")
@Tag(name = "storefront")
class StorefrontEventsController {

	private static final Set<String> EVENTS = Set.of(StorefrontEvents.CUSTOMER_REGISTERED,
			StorefrontEvents.ORDER_PLACED);

	private final RabbitTemplate rabbit;

	private final String exchange;

	StorefrontEventsController(RabbitTemplate rabbit, @Value("${shop.events.exchange}") String exchange) {
		this.rabbit = rabbit;
		this.exchange = exchange;
	}

	/**
	 * A dead-lettered message, by the event it was and the headers rootcause gave it.
	 * @param event the routing key it was published with
	 * @param headers its {@code rootcause-*} headers
	 */
	record DeadLetter(String event, Map<String, String> headers) {
	}

	@PostMapping(path = "/events/{event}", consumes = "application/json")
	@Operation(summary = "Publishes an event of the web store")
	ResponseEntity<Void> publish(@PathVariable String event, @RequestBody String json) {
		if (!EVENTS.contains(event)) {
			return ResponseEntity.notFound().build();
		}
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		this.rabbit.send(this.exchange, event, new Message(json.getBytes(StandardCharsets.UTF_8), properties));
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/events/dead-letters/next")
	@Operation(summary = "Takes the next dead-lettered event")
	ResponseEntity<DeadLetter> nextDeadLetter() {
		Message message = this.rabbit.receive(this.exchange + ".dead-letters", 5000);
		if (message == null) {
			return ResponseEntity.noContent().build();
		}
		Map<String, String> headers = new TreeMap<>();
		message.getMessageProperties().getHeaders().forEach((name, value) -> {
			if (name.startsWith("rootcause-")) {
				headers.put(name, String.valueOf(value));
			}
		});
		Object event = message.getMessageProperties().getHeaders().get("x-original-routingKey");
		return ResponseEntity.ok(new DeadLetter(String.valueOf(event), headers));
	}

}
