package dev.crm.core.api;

import java.util.Map;

/** The body of a background job; what it returns is the job's result summary. */
@FunctionalInterface
public interface JobWork {

    Map<String, Object> run(JobContext context) throws Exception;
}
