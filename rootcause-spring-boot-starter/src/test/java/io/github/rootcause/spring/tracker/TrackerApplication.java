package io.github.rootcause.spring.tracker;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The issue tracker: JPA repositories and one controller ({@link IssueController}). It scans only its own package,
 * for components and (as its auto-configuration package) for entities, so that the test applications of sibling
 * packages stay out of it.
 */
@SpringBootApplication(scanBasePackageClasses = TrackerApplication.class, proxyBeanMethods = false)
class TrackerApplication {

}
