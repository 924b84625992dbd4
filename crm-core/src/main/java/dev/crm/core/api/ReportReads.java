package dev.crm.core.api;

import com.mongodb.ReadPreference;

/**
 * Where report queries (KPIs, activity figures, member counts) read from. On a replica set they
 * may go to a secondary, so a month's figures do not compete with the writes of the case work;
 * everything else reads the primary. Configured by {@code crm.reports.read-preference}.
 */
public interface ReportReads {

    ReadPreference preference();
}
