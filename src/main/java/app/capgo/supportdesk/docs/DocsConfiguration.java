package app.capgo.supportdesk.docs;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The docs search's settings ({@code support.docs.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocsProperties.class)
class DocsConfiguration {
}
