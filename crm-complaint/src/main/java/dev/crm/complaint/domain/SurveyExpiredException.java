package dev.crm.complaint.domain;

/** The survey can no longer be answered: its validity ran out (HTTP 410 Gone). */
public class SurveyExpiredException extends RuntimeException {

    public SurveyExpiredException() {
        super("This survey has expired and can no longer be answered");
    }
}
