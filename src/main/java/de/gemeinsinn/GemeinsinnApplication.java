package de.gemeinsinn;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gemeinsinn: the platform for the network of engaged cities. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GemeinsinnApplication {

    public static void main(String[] args) {
        SpringApplication.run(GemeinsinnApplication.class, args);
    }
}
