package dev.crm.app.demo;

/** A step of the demo story that the application refused; seeding stops there. */
final class DemoSeedingException extends RuntimeException {

    DemoSeedingException(String message) {
        super(message);
    }

    DemoSeedingException(String message, Throwable cause) {
        super(message, cause);
    }
}
