package dev.crm.core.api;

/**
 * A command that the record's current state does not allow, e.g. closing a complaint that was
 * never resolved (HTTP 409: the request is well-formed but conflicts with the current state).
 */
public class IllegalStateTransitionException extends RuntimeException {

    private final String currentState;
    private final String command;

    public IllegalStateTransitionException(String recordType, String currentState, String command) {
        super("Cannot " + command + " a " + recordType + " in state " + currentState);
        this.currentState = currentState;
        this.command = command;
    }

    public String currentState() {
        return currentState;
    }

    public String command() {
        return command;
    }
}
