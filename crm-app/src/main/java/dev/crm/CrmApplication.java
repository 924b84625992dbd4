package dev.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The assembled CRM. It sits in the root package {@code dev.crm} so that component, repository and
 * document scanning covers every module ({@code dev.crm.customer}, {@code dev.crm.complaint}, ...)
 * without listing them.
 */
@SpringBootApplication
public class CrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrmApplication.class, args);
    }
}
