package io.github.rootcause.spring.datarest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A library exported by Spring Data REST alone, with no controller of its own: authors, books and reviews through
 * JPA repositories. It scans only its own package, for components and (as its auto-configuration package) for
 * entities, so that the test applications of sibling packages stay out of it.
 */
@SpringBootApplication(scanBasePackageClasses = LibraryApplication.class, proxyBeanMethods = false)
class LibraryApplication {

}
