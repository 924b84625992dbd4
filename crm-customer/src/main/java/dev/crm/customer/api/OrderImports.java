package dev.crm.customer.api;

import dev.crm.core.api.JobView;
import java.io.InputStream;

/** Bulk order import from a CSV upload, run as a background job whose progress the caller watches. */
public interface OrderImports {

    /**
     * Checks the header and queues the import; returns at once with the queued job.
     *
     * @throws dev.crm.core.api.InvalidInputException naming {@code file} when the header is wrong or the file empty
     */
    JobView startImport(InputStream upload, String by);
}
