package io.github.rootcause.spring.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A servlet request as {@link ViolationProblems} reads it: Spring MVC's handler method and path variables from the
 * request's attributes, and a body when the request has a length or a transfer encoding.
 */
final class ServletProblemRequest {

	private ServletProblemRequest() {
	}

	static ProblemRequest of(HttpServletRequest request) {
		HandlerMethod handler = (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
				instanceof HandlerMethod method) ? method : null;
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		return new ProblemRequest(request.getMethod(), request.getRequestURI(), handler, hasBody,
				request::getParameter, ProblemRequest
					.pathVariables(() -> request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)));
	}

}
